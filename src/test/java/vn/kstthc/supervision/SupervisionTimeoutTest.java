package vn.kstthc.supervision;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import vn.kstthc.calendar.WorkingDayCalendar;
import vn.kstthc.organisation.OrganisationService;
import vn.kstthc.reporting.NamedQueries;
import vn.kstthc.reporting.ReportScope;
import vn.kstthc.reporting.ReportScopes;

/** A figure whose query the database cancelled at the reporting timeout is told in Vietnamese. */
class SupervisionTimeoutTest {

  @Test
  void aQueryCutByItsTimeoutAnswersAVietnameseMessageNotA500() throws Exception {
    IndicatorService indicators = mock(IndicatorService.class);
    ReportScopes scopes = mock(ReportScopes.class);
    when(scopes.current()).thenReturn(ReportScope.everyUnit());
    // what JdbcTemplate throws when PostgreSQL cancels the statement (SQLState 57014)
    when(indicators.figures(any(), any(), any(), any(), any()))
        .thenThrow(new QueryTimeoutException("PreparedStatementCallback; ERROR: canceling statement due to user request"));
    MockMvc mvc = MockMvcBuilders.standaloneSetup(new SupervisionController(indicators, scopes,
        mock(OrganisationService.class), mock(FilterService.class), WorkingDayCalendar.standard(),
        mock(IndicatorEntries.class), mock(IdentityService.class), mock(LateListDownloads.class))).build();

    mvc.perform(get("/api/giam-sat/chi-tieu").param("tu", "2026-07-01").param("den", "2026-09-30"))
        .andExpect(status().isServiceUnavailable())
        .andExpect(jsonPath("$.loi").value(NamedQueries.TIMED_OUT));
  }
}
