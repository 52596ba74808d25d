package vn.enforcement;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.Test;

/** Several threads, each with its own objects: the same figures as one
 * thread alone, and each thread's failures its own (the last error is
 * per thread). */
public class ThreadsTest {
  private static String work(int i) {
    StringBuilder b = new StringBuilder();
    try (Register reg = Register.load(RegisterTest.SAMPLE);
         Sale sale = new Sale("VN-2014", 100_000_000L)) {
      List<Report> reps = reg.reportByOffice(2025, 12);
      for (Report r : reps) {
        b.append(r.unit()).append(' ').append(r.cases(Indicator.DONE)).append(' ')
            .append(r.rateByCases()).append(';');
        r.close();
      }
      sale.fail();
      try {
        sale.cut(1 + i); // far over the cap: refused, with this thread's message
      } catch (RangeException e) {
        b.append(e.getMessage().contains(String.valueOf(1 + i)));
      }
      b.append(Rate.of(2244, 3567));
    }
    return b.toString();
  }

  @Test
  public void eachThreadItsOwnObjects() throws Exception {
    String alone = work(0).replace("true", "");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        final int k = i;
        results.add(pool.submit((Callable<String>) () -> work(k)));
      }
      for (Future<String> f : results)
        assertEquals(alone + "true", f.get().replace("true", "") + "true");
      for (Future<String> f : results)
        assertEquals(true, f.get().contains("true62.91%"));
    } finally {
      pool.shutdown();
    }
  }
}
