package vn.kstthc.petition;

import static vn.kstthc.petition.XuLyPaknProcess.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Machine intake ({@code POST /api/pakn}): a client of kind {@code integration} submits a petition;
 * it is recorded and its case started in one transaction, or not at all. Idempotent on (channel,
 * sender's reference): the same petition again, even at the same moment, gives the first case.
 */
@Service
public class PetitionIntake {

  /** The case of a submitted petition; {@code duplicate} when it had been received before. */
  public record Result(String caseNumber, boolean duplicate) {}

  private final PetitionRepository petitions;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final TransactionTemplate transaction;

  PetitionIntake(PetitionRepository petitions, RuntimeService runtime, IdentityService identity,
      PlatformTransactionManager transactions) {
    this.petitions = petitions;
    this.runtime = runtime;
    this.identity = identity;
    this.transaction = new TransactionTemplate(transactions);
  }

  public Result submit(JsonNode body) {
    Authentication caller = identity.getCurrentAuthentication();
    // the client has no right in the engine (kind integration): only integration clients reach
    // this (rule INTEGRATION, vn.kstthc.security), and the case is started by the application itself
    identity.clearAuthentication();
    try {
      NewPetition petition = PetitionIntakeValidator.read(body);
      String client = caller.getUserId();
      var existing = petitions.findByReference(petition.channel(), petition.senderReference());
      if (existing.isPresent()) {
        return new Result(existing.get().caseNumber(), true);
      }
      try {
        return transaction.execute(status -> start(petition, client));
      } catch (DataIntegrityViolationException e) {
        // the same petition recorded by a concurrent request, which committed first: the unique
        // index (channel, sender_reference) made this one wait for it, then refused it
        return petitions.findByReference(petition.channel(), petition.senderReference())
            .map(first -> new Result(first.caseNumber(), true))
            .orElseThrow(() -> e);
      }
    } finally {
      identity.setAuthentication(caller);
    }
  }

  private Result start(NewPetition petition, String client) {
    String id = petitions.insert(petition, client, Instant.now());
    ProcessInstance instance = runtime.startProcessInstanceByKey(KEY, Variables.createVariables()
        .putValue(PHAN_ANH_ID.name(), id)
        .putValue(KENH_TIEP_NHAN.name(), petition.channel().value())
        .putValue(SO_THAM_CHIEU.name(), petition.senderReference())
        .putValue(NGAY_TIEP_NHAN.name(), petition.receivedOn().toString())
        .putValue(TIEU_DE.name(), petition.title())
        .putValue(NOI_DUNG.name(), petition.content())
        .putValue(LINH_VUC.name(), petition.field()));
    return new Result(instance.getBusinessKey(), false);
  }
}
