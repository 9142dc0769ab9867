import { describe, expect, test } from "vitest";
import {
  canChiOfYear,
  leapMonthOf,
  lunarToSolar,
  solarToLunar,
  yearOfCanChi,
} from "../src/extract/time/calendar/lunar.js";

const iso = (d: { year: number; month: number; day: number } | undefined) =>
  d ? `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}` : "none";

// Tết (1 tháng Giêng) as published in Vietnamese calendars.
const TET: Record<number, string> = {
  1985: "1985-01-21", // Vietnam; China had 20 February (UTC+7 vs UTC+8 new moon)
  2000: "2000-02-05",
  2005: "2005-02-09",
  2007: "2007-02-17", // Vietnam; China had 18 February
  2010: "2010-02-14",
  2015: "2015-02-19",
  2016: "2016-02-08",
  2017: "2017-01-28",
  2018: "2018-02-16",
  2019: "2019-02-05",
  2020: "2020-01-25",
  2021: "2021-02-12",
  2022: "2022-02-01",
  2023: "2023-01-22",
  2024: "2024-02-10",
  2025: "2025-01-29",
};

describe("lunar calendar (Hồ Ngọc Đức's algorithm, UTC+7)", () => {
  test.each(Object.entries(TET))("Tết %s is %s", (year, date) => {
    expect(iso(lunarToSolar({ year: Number(year), month: 1, day: 1, leap: false }))).toBe(date);
  });

  test("leap months", () => {
    expect(leapMonthOf(2017)).toBe(6);
    expect(leapMonthOf(2020)).toBe(4);
    expect(leapMonthOf(2023)).toBe(2);
    expect(leapMonthOf(2025)).toBe(6);
    expect(leapMonthOf(2024)).toBe(0);
    expect(lunarToSolar({ year: 2024, month: 5, day: 1, leap: true })).toBeUndefined();
    expect(iso(lunarToSolar({ year: 2017, month: 6, day: 1, leap: true }))).toBe("2017-07-23");
  });

  test("festivals of 2017 and 2024", () => {
    expect(iso(lunarToSolar({ year: 2017, month: 1, day: 10, leap: false }))).toBe("2017-02-06"); // vía Thần Tài
    expect(iso(lunarToSolar({ year: 2017, month: 1, day: 15, leap: false }))).toBe("2017-02-11"); // rằm tháng Giêng
    expect(iso(lunarToSolar({ year: 2017, month: 7, day: 15, leap: false }))).toBe("2017-09-05"); // Vu Lan
    expect(iso(lunarToSolar({ year: 2017, month: 8, day: 15, leap: false }))).toBe("2017-10-04"); // Trung thu
    expect(iso(lunarToSolar({ year: 2024, month: 3, day: 10, leap: false }))).toBe("2024-04-18"); // Giỗ Tổ
    expect(iso(lunarToSolar({ year: 2024, month: 8, day: 15, leap: false }))).toBe("2024-09-17");
  });

  test("solar to lunar", () => {
    expect(solarToLunar({ year: 2017, month: 2, day: 6 })).toEqual({
      year: 2017,
      month: 1,
      day: 10,
      leap: false,
    });
    expect(solarToLunar({ year: 2017, month: 1, day: 27 })).toEqual({
      year: 2016,
      month: 12,
      day: 30,
      leap: false,
    });
  });

  test("round trip over 40 years, every 5th day", () => {
    for (let t = Date.UTC(1990, 0, 1); t < Date.UTC(2030, 0, 1); t += 5 * 86_400_000) {
      const d = new Date(t);
      const solar = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
      const lunar = solarToLunar(solar);
      expect(lunarToSolar(lunar)).toEqual(solar);
    }
  });

  test("months of 29 or 30 days, impossible dates rejected", () => {
    expect(lunarToSolar({ year: 2016, month: 12, day: 30, leap: false })).toBeDefined();
    expect(lunarToSolar({ year: 2017, month: 1, day: 31, leap: false })).toBeUndefined();
    expect(lunarToSolar({ year: 2017, month: 13, day: 1, leap: false })).toBeUndefined();
  });

  test("can-chi names of years", () => {
    expect(canChiOfYear(2017)).toBe("Đinh Dậu");
    expect(canChiOfYear(2024)).toBe("Giáp Thìn");
    expect(canChiOfYear(1945)).toBe("Ất Dậu");
    expect(yearOfCanChi(3, 9, 2017)).toBe(2017);
    expect(yearOfCanChi(3, 9, 2050)).toBe(2077); // the cycle repeats every 60 years
    expect(yearOfCanChi(0, 1, 2017)).toBeUndefined(); // Giáp Sửu does not exist
  });
});
