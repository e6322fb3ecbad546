package cn.jiyuan.mediation.calendar;

import cn.jiyuan.mediation.support.OnPostgres;

/** The holiday calendar API on a real PostgreSQL server through the production profile. */
@OnPostgres
class HolidayCalendarApiOnPostgresTest extends HolidayCalendarApiTestBase {
}
