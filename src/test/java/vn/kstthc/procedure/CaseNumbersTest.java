package vn.kstthc.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.kstthc.platform.PlatformProcessTest;

/**
 * A case number is committed on its own: a start that has drawn one does not make the next start of
 * its procedure wait for its commit (the petition intake fell back at 16 clients when it did).
 */
@PlatformProcessTest
class CaseNumbersTest {

  @Autowired CaseNumbers numbers;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void aStartStillOpenDoesNotHoldTheNextNumber() {
    TransactionTemplate start = new TransactionTemplate(transactions);
    String[] next = new String[1];
    start.executeWithoutResult(status -> {
      String first = numbers.next("KT", 2031);
      // another start of the procedure, while this one has not committed
      next[0] = CompletableFuture.supplyAsync(() -> numbers.next("KT", 2031))
          .completeOnTimeout("still waiting for the first start's commit", 20, TimeUnit.SECONDS).join();
      assertThat(first).isEqualTo("KT-2031-0001");
      status.setRollbackOnly(); // the first start fails: its number stays used
    });
    assertThat(next[0]).isEqualTo("KT-2031-0002");
    assertThat(numbers.next("KT", 2031)).isEqualTo("KT-2031-0003");
  }
}
