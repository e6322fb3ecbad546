package cn.jiyuan.mediation.calendar;

import cn.jiyuan.mediation.support.OnH2;

/** The holiday calendar API on the embedded default H2 database. */
@OnH2
class HolidayCalendarApiOnH2Test extends HolidayCalendarApiTestBase {
}
