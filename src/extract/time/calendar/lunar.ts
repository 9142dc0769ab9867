/**
 * The Vietnamese lunisolar calendar (âm lịch), computed astronomically.
 *
 * This is Hồ Ngọc Đức's published algorithm: new moons and the sun's longitude from the series in
 * Jean Meeus' "Astronomical Algorithms", evaluated at the UTC+7 meridian, the time zone the
 * Vietnamese calendar has been reckoned in since 1968. The month containing the winter solstice is
 * month 11; a year with 13 months gets a leap month, the first one with no major solar term. Because
 * the meridian differs, Vietnamese dates sometimes differ from the Chinese calendar (Tết 1985 fell
 * on 21 January in Vietnam and on 20 February in China).
 *
 * Dates are Julian day numbers or {year, month, day} triples of the proleptic Gregorian calendar.
 */

/** A date of the lunar calendar. `leap` marks the intercalary (nhuận) repeat of `month`. */
export interface LunarDate {
  year: number;
  month: number;
  day: number;
  leap: boolean;
}

/** A Gregorian calendar date. */
export interface SolarDate {
  year: number;
  month: number;
  day: number;
}

/** Vietnam's time zone, the meridian the calendar is computed for. */
export const VIETNAM_TIME_ZONE = 7;

const INT = Math.floor;
const PI = Math.PI;

/** Julian day number of a Gregorian date (Julian calendar before 15 Oct 1582). */
export function jdFromDate(day: number, month: number, year: number): number {
  const a = INT((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  let jd =
    day + INT((153 * m + 2) / 5) + 365 * y + INT(y / 4) - INT(y / 100) + INT(y / 400) - 32045;
  if (jd < 2299161) jd = day + INT((153 * m + 2) / 5) + 365 * y + INT(y / 4) - 32083;
  return jd;
}

/** The Gregorian date of a Julian day number. */
export function jdToDate(jd: number): SolarDate {
  let b: number;
  let c: number;
  if (jd > 2299160) {
    const a = jd + 32044;
    b = INT((4 * a + 3) / 146097);
    c = a - INT((b * 146097) / 4);
  } else {
    b = 0;
    c = jd + 32082;
  }
  const d = INT((4 * c + 3) / 1461);
  const e = c - INT((1461 * d) / 4);
  const m = INT((5 * e + 2) / 153);
  return {
    day: e - INT((153 * m + 2) / 5) + 1,
    month: m + 3 - 12 * INT(m / 10),
    year: b * 100 + d - 4800 + INT(m / 10),
  };
}

/** Julian date (fractional, UT) of the k-th new moon after 1900-01-01 (Meeus, ch. 49). */
function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const dr = PI / 180;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * dr);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
  let C1 = (0.1734 - 0.000393 * T) * Math.sin(M * dr) + 0.0021 * Math.sin(2 * dr * M);
  C1 = C1 - 0.4068 * Math.sin(Mpr * dr) + 0.0161 * Math.sin(dr * 2 * Mpr);
  C1 = C1 - 0.0004 * Math.sin(dr * 3 * Mpr);
  C1 = C1 + 0.0104 * Math.sin(dr * 2 * F) - 0.0051 * Math.sin(dr * (M + Mpr));
  C1 = C1 - 0.0074 * Math.sin(dr * (M - Mpr)) + 0.0004 * Math.sin(dr * (2 * F + M));
  C1 = C1 - 0.0004 * Math.sin(dr * (2 * F - M)) - 0.0006 * Math.sin(dr * (2 * F + Mpr));
  C1 = C1 + 0.001 * Math.sin(dr * (2 * F - Mpr)) + 0.0005 * Math.sin(dr * (2 * Mpr + M));
  const deltat =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + C1 - deltat;
}

/** The sun's apparent longitude in radians, 0..2π, at Julian date `jdn` (Meeus, ch. 25). */
function sunLongitude(jdn: number): number {
  const T = (jdn - 2451545.0) / 36525;
  const T2 = T * T;
  const dr = PI / 180;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(dr * M);
  DL = DL + (0.019993 - 0.000101 * T) * Math.sin(dr * 2 * M) + 0.00029 * Math.sin(dr * 3 * M);
  let L = (L0 + DL) * dr;
  L = L - PI * 2 * INT(L / (PI * 2));
  return L;
}

/** Which of the 12 major solar terms (30° sectors) the sun is in at local midnight of `dayNumber`. */
function sunSector(dayNumber: number, timeZone: number): number {
  return INT((sunLongitude(dayNumber - 0.5 - timeZone / 24) / PI) * 6);
}

/** Julian day number of the local day of the k-th new moon. */
function newMoonDay(k: number, timeZone: number): number {
  return INT(newMoon(k) + 0.5 + timeZone / 24);
}

/** First day of lunar month 11 (the month of the winter solstice) in Gregorian year `year`. */
function lunarMonth11(year: number, timeZone: number): number {
  const off = jdFromDate(31, 12, year) - 2415021;
  const k = INT(off / 29.530588853);
  const nm = newMoonDay(k, timeZone);
  return sunSector(nm, timeZone) >= 9 ? newMoonDay(k - 1, timeZone) : nm;
}

/** Offset from month 11 (starting at `a11`) of the leap month in a 13-month lunar year. */
function leapMonthOffset(a11: number, timeZone: number): number {
  const k = INT((a11 - 2415021.076998695) / 29.530588853 + 0.5);
  let last = 0;
  let i = 1;
  let arc = sunSector(newMoonDay(k + i, timeZone), timeZone);
  do {
    last = arc;
    i++;
    arc = sunSector(newMoonDay(k + i, timeZone), timeZone);
  } while (arc !== last && i < 14);
  return i - 1;
}

/** The lunar date of a Gregorian date. */
export function solarToLunar(date: SolarDate, timeZone = VIETNAM_TIME_ZONE): LunarDate {
  const dayNumber = jdFromDate(date.day, date.month, date.year);
  const k = INT((dayNumber - 2415021.076998695) / 29.530588853);
  let monthStart = newMoonDay(k + 1, timeZone);
  if (monthStart > dayNumber) monthStart = newMoonDay(k, timeZone);
  let a11 = lunarMonth11(date.year, timeZone);
  let b11 = a11;
  let year: number;
  if (a11 >= monthStart) {
    year = date.year;
    a11 = lunarMonth11(date.year - 1, timeZone);
  } else {
    year = date.year + 1;
    b11 = lunarMonth11(date.year + 1, timeZone);
  }
  const day = dayNumber - monthStart + 1;
  const diff = INT((monthStart - a11) / 29);
  let leap = false;
  let month = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11, timeZone);
    if (diff >= leapDiff) {
      month = diff + 10;
      if (diff === leapDiff) leap = true;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) year -= 1;
  return { year, month, day, leap };
}

/**
 * The Gregorian date of a lunar date, or `undefined` when it does not exist (a leap month the year
 * does not have, or a day past the month's end: lunar months have 29 or 30 days).
 */
export function lunarToSolar(date: LunarDate, timeZone = VIETNAM_TIME_ZONE): SolarDate | undefined {
  const { year, month, day, leap } = date;
  if (month < 1 || month > 12 || day < 1 || day > 30) return undefined;
  let a11: number;
  let b11: number;
  if (month < 11) {
    a11 = lunarMonth11(year - 1, timeZone);
    b11 = lunarMonth11(year, timeZone);
  } else {
    a11 = lunarMonth11(year, timeZone);
    b11 = lunarMonth11(year + 1, timeZone);
  }
  const k = INT(0.5 + (a11 - 2415021.076998695) / 29.530588853);
  let off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11, timeZone);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) return undefined;
    if (leap || off >= leapOff) off += 1;
  } else if (leap) {
    return undefined;
  }
  const monthStart = newMoonDay(k + off, timeZone);
  const nextStart = newMoonDay(k + off + 1, timeZone);
  if (day > nextStart - monthStart) return undefined;
  return jdToDate(monthStart + day - 1);
}

/** Number of days (29 or 30) of a lunar month, or 0 when the month does not exist. */
export function lunarMonthLength(year: number, month: number, leap = false): number {
  const first = lunarToSolar({ year, month, day: 1, leap });
  if (!first) return 0;
  return lunarToSolar({ year, month, day: 30, leap }) ? 30 : 29;
}

/** The leap month (1-12) of lunar year `year`, or 0 when it has none. */
export function leapMonthOf(year: number, timeZone = VIETNAM_TIME_ZONE): number {
  for (let m = 1; m <= 12; m++) {
    if (lunarToSolar({ year, month: m, day: 1, leap: true }, timeZone)) return m;
  }
  return 0;
}

/** The ten heavenly stems (can), in cycle order. */
export const STEMS = [
  "Giáp",
  "Ất",
  "Bính",
  "Đinh",
  "Mậu",
  "Kỷ",
  "Canh",
  "Tân",
  "Nhâm",
  "Quý",
] as const;
/** The twelve earthly branches (chi), in cycle order. */
export const BRANCHES = [
  "Tý",
  "Sửu",
  "Dần",
  "Mão",
  "Thìn",
  "Tỵ",
  "Ngọ",
  "Mùi",
  "Thân",
  "Dậu",
  "Tuất",
  "Hợi",
] as const;

/** The can-chi name of a lunar year, e.g. 2017 → "Đinh Dậu". */
export function canChiOfYear(year: number): string {
  return `${STEMS[(((year + 6) % 10) + 10) % 10]} ${BRANCHES[(((year + 8) % 12) + 12) % 12]}`;
}

/**
 * The lunar year named by a stem and branch index that is nearest to `nearYear` (the cycle repeats
 * every 60 years), or `undefined` for an impossible pair (stem and branch of different parity).
 */
export function yearOfCanChi(stem: number, branch: number, nearYear: number): number | undefined {
  if ((stem - branch) % 2 !== 0) return undefined;
  // Year y has stem (y + 6) mod 10 and branch (y + 8) mod 12; search the 60-year window around nearYear.
  let best: number | undefined;
  for (let y = nearYear - 30; y < nearYear + 30; y++) {
    if ((((y + 6) % 10) + 10) % 10 === stem && (((y + 8) % 12) + 12) % 12 === branch) {
      if (best === undefined || Math.abs(y - nearYear) < Math.abs(best - nearYear)) best = y;
    }
  }
  return best;
}
