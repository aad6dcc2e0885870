package vn.kstthc.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

class RestApiTransactionFilterTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String NOT_SAVED = "Không lưu được thay đổi: thao tác đã được hủy toàn bộ, vui lòng thử lại.";
  static final int MAX_BODY = 2048;

  JdbcTemplate jdbc;
  Manager transactions;
  MockHttpServletRequest request;

  /** H2's transactions, recording whether the request's body had been read when each began. */
  class Manager extends DataSourceTransactionManager {
    final List<Boolean> bodyReadAtBegin = new ArrayList<>();
    boolean commitFails;

    Manager(JdbcDataSource dataSource) {
      super(dataSource);
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
      bodyReadAtBegin.add(request.getInputStream().isFinished());
      super.doBegin(transaction, definition);
    }

    @Override
    protected void doCommit(DefaultTransactionStatus status) {
      if (commitFails) { // as a database refusing the commit: the work is gone
        doRollback(status);
        throw new TransactionSystemException("could not serialize access");
      }
      super.doCommit(status);
    }
  }

  @BeforeEach
  void database() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    jdbc = new JdbcTemplate(dataSource);
    jdbc.execute("create table ho_so (id int primary key)");
    transactions = new Manager(dataSource);
  }

  RestApiTransactionFilter filter() {
    return new RestApiTransactionFilter(transactions, List.of("/engine-rest", "/camunda/api/engine"), MAX_BODY);
  }

  MockHttpServletResponse call(String method, String uri, String body, FilterChain chain) throws Exception {
    request = new MockHttpServletRequest(method, uri);
    request.setContentType("application/json");
    request.setContent(body.getBytes(StandardCharsets.UTF_8));
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter().doFilter(request, response, chain);
    return response;
  }

  /** One engine command: its own transaction, or the one already open. */
  void command(int id) {
    new TransactionTemplate(transactions).executeWithoutResult(status -> jdbc.update("insert into ho_so values (?)", id));
  }

  int rows() {
    return jdbc.queryForObject("select count(*) from ho_so", Integer.class);
  }

  static JsonNode json(MockHttpServletResponse response) throws Exception {
    return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
  }

  @Test
  void aCallWhoseSecondCommandFailsLeavesNothingAndAnswers500() throws Exception {
    MockHttpServletResponse response = call("POST", "/engine-rest/process-definition/key/x/start", "{}", (req, res) -> {
      command(1);
      try {
        command(1); // duplicate key: the command fails and marks the transaction rollback-only
      } catch (RuntimeException e) {
        // a resource that carries on after a failed command
      }
      ((HttpServletResponse) res).setStatus(204);
    });

    assertThat(rows()).isZero();
    assertThat(response.getStatus()).isEqualTo(500);
    assertThat(json(response).get("type").asText()).isEqualTo("ProcessEngineException");
    assertThat(json(response).get("message").asText()).isEqualTo(NOT_SAVED);
  }

  /** The choice made for a refusal: its 4xx stays, since nothing was written. */
  @Test
  void aCallRefusedByItsSecondCommandKeepsItsAnswerAndNothingOfWhatItWrote() throws Exception {
    MockHttpServletResponse response = call("POST", "/engine-rest/task/1/complete", "{}", (req, res) -> {
      command(1);
      try {
        command(1); // refused (say an authorization check): rollback-only
      } catch (RuntimeException e) {
        // mapped to 403 by the REST API
      }
      ((HttpServletResponse) res).setStatus(403);
      res.getWriter().write("{\"type\":\"AuthorizationException\"}");
    });

    assertThat(rows()).isZero();
    assertThat(response.getStatus()).isEqualTo(403);
    assertThat(response.getContentAsString()).isEqualTo("{\"type\":\"AuthorizationException\"}");
  }

  @Test
  void aFailedCommitAnswers500InVietnamese() throws Exception {
    transactions.commitFails = true;
    MockHttpServletResponse response = call("POST", "/engine-rest/task/1/complete", "{}", (req, res) -> {
      command(1);
      ((HttpServletResponse) res).setStatus(204);
    });

    assertThat(rows()).isZero();
    assertThat(response.getStatus()).isEqualTo(500);
    assertThat(response.getContentType()).startsWith("application/json");
    assertThat(json(response).get("message").asText()).isEqualTo(NOT_SAVED);
  }

  @Test
  void aSuccessIsCommittedOnceAndAnsweredAfterwards() throws Exception {
    MockHttpServletResponse response = call("POST", "/camunda/api/engine/engine/default/task/1/submit-form", "{}", (req, res) -> {
      command(1);
      command(2);
      res.getWriter().write("{}");
    });

    assertThat(rows()).isEqualTo(2);
    assertThat(transactions.bodyReadAtBegin).hasSize(1);
    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getContentAsString()).isEqualTo("{}");
  }

  @Test
  void theBodyIsReadBeforeTheTransactionIsTaken() throws Exception {
    String body = "{\"variables\":{\"ketQua\":{\"value\":\"Đã xong\"}}}";
    StringBuilder seen = new StringBuilder();
    call("POST", "/engine-rest/task/1/submit-form", body, (req, res) -> seen.append(new String(
        req.getInputStream().readAllBytes(), StandardCharsets.UTF_8)));

    assertThat(transactions.bodyReadAtBegin).containsExactly(true);
    assertThat(seen).hasToString(body);
  }

  @Test
  void aBodyAboveTheUploadLimitIsRefusedWithoutATransaction() throws Exception {
    MockHttpServletResponse response = call("POST", "/engine-rest/deployment/create", "x".repeat(MAX_BODY + 1),
        (req, res) -> {
          throw new AssertionError("not called");
        });

    assertThat(response.getStatus()).isEqualTo(413);
    assertThat(json(response).get("message").asText()).isEqualTo("Dữ liệu gửi lên quá lớn (tối đa 2 KB).");
    assertThat(transactions.bodyReadAtBegin).isEmpty();
  }

  @Test
  void queriesSentAsPostAreNeitherWrappedNorHeldBack() throws Exception {
    for (String query : List.of("/engine-rest/task", "/engine-rest/task/count",
        "/camunda/api/engine/engine/default/filter/f1/list", "/camunda/api/engine/engine/default/filter/f1/count",
        "/engine-rest/history/process-instance", "/engine-rest/process-instance/count",
        "/engine-rest/variable-instance", "/engine-rest/external-task", "/engine-rest/job")) {
      List<Object> seen = new ArrayList<>();
      MockHttpServletResponse response = call("POST", query, "{}", (req, res) -> {
        seen.add(TransactionSynchronizationManager.isActualTransactionActive());
        seen.add(res);
      });
      assertThat(seen).as(query).containsExactly(false, response);
    }
    List<Boolean> wrapped = new ArrayList<>();
    call("POST", "/engine-rest/task/create", "{}",
        (req, res) -> wrapped.add(TransactionSynchronizationManager.isActualTransactionActive()));
    assertThat(wrapped).as("creating a task writes").containsExactly(true);
  }
}
