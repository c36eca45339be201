package io.github.proctime.formats.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.proctime.core.Dossier;
import io.github.proctime.formats.ReadOptions;
import io.github.proctime.formats.RecordReader;
import java.io.Reader;
import org.junit.jupiter.api.Test;

/**
 * Streams 200 000 dossiers generated on demand: the input never exists whole, in memory or on disk.
 */
class DossierNdjsonStreamingTest {
  private static final int DOSSIERS = 200_000;

  /** Produces the NDJSON text line by line as the reader asks for it, counting what it produced. */
  static final class GeneratedNdjson extends Reader {
    private final int count;
    private int next = -1;
    private String line = "";
    private int pos;
    long produced;

    GeneratedNdjson(int count) {
      this.count = count;
    }

    private boolean refill() {
      if (pos < line.length()) {
        return true;
      }
      if (next >= count) {
        return false;
      }
      line =
          next < 0
              ? "{\"format\":\"proctime.dossiers\",\"formatVersion\":1}\n"
              : "{\"code\":\"D-"
                  + next
                  + "\",\"procedureCode\":\"1.004227\",\"receivingUnit\":\"BO_PHAN_MOT_CUA\","
                  + "\"channel\":\"ONLINE\",\"events\":[{\"type\":\"RECEIVED\","
                  + "\"occurredAt\":\"2025-03-03T08:00+07:00\","
                  + "\"recordedAt\":\"2025-03-03T08:01+07:00\"}]}\n";
      next++;
      pos = 0;
      return true;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      int written = 0;
      while (written < length && refill()) {
        int n = Math.min(length - written, line.length() - pos);
        line.getChars(pos, pos + n, buffer, offset + written);
        pos += n;
        written += n;
      }
      produced += written;
      return written == 0 && length > 0 ? -1 : written;
    }

    @Override
    public void close() {}
  }

  @Test
  void twoHundredThousandDossiersStreamThrough() {
    GeneratedNdjson input = new GeneratedNdjson(DOSSIERS);
    long count = 0;
    long events = 0;
    try (RecordReader<Dossier> r = DossierNdjson.reader(input, ReadOptions.strict("generated"))) {
      Dossier first = r.next();
      count++;
      events += first.events().size();
      // After one dossier the reader has pulled at most one buffer, not the ~40 MB input.
      assertTrue(input.produced <= 1 << 17, "read ahead " + input.produced + " chars");
      while (r.hasNext()) {
        events += r.next().events().size();
        count++;
      }
      assertEquals(DOSSIERS, r.report().accepted());
      assertEquals(0, r.report().rejected());
    }
    assertEquals(DOSSIERS, count);
    assertEquals(DOSSIERS, events);
    assertTrue(input.produced > 30_000_000L, "produced " + input.produced);
  }
}
