package io.github.proctime.formats.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Decodes the lines of an NDJSON input on an {@link Executor} and hands the results out in input
 * order, for {@link NdjsonReader}.
 *
 * <p>The consuming thread reads the lines and copies them into batches (at most a given number of
 * lines, and no more once a batch holds 256 Ki chars or bytes), and submits each batch's decoding
 * as one task; a task decodes its lines one after another, each to its record or to the exception
 * that rejects it. At most {@code capacity} batches are read ahead of the one being handed out, so
 * memory is bounded by that many batches and their records (batches are reused; a batch grows to
 * hold a line longer than 256 Ki, and keeps that size). What is sequential stays on the consuming
 * thread and in input order: reading, the check for duplicate codes and every decision about a
 * result (done by the reader).
 *
 * <p>A streaming decoder keeps caches and is not thread-safe: a task borrows one from a pool for
 * its whole batch and returns it afterwards, so no two tasks share one at a time, and the pool
 * holds at most as many decoders as tasks ever ran at once. An I/O failure while reading is thrown
 * in its place, after the results of the lines read before it; an unexpected exception or error of
 * a decoder is thrown in the place of its line; an interrupt of the consuming thread while it waits
 * is thrown as an {@link InterruptedIOException}, with the interrupt status kept. When the reading
 * thread needs a batch whose task the executor has not started, it runs the task itself (the
 * executor's run then does nothing): so a busy executor costs no idle wait, and one whose threads
 * are all taken, even by readers waiting on it, cannot deadlock the reader. {@link #close} makes
 * the tasks not yet finished stop at their next line; it does not wait for them.
 *
 * <pre>{@code
 * DecodingWindow<Dossier> window =
 *     new DecodingWindow<>(input, executor, 6, 512, 2, decode, DossierStreamDecoder::new);
 * for (Object r = window.next(); r != null; r = window.next()) { ... }
 * }</pre>
 *
 * <p>Used by one consuming thread; the tasks run on the executor's.
 *
 * @param <T> the record type
 */
final class DecodingWindow<T> {
  /** Decodes one line: thread-safe but for the streaming decoder, which the call may use alone. */
  @FunctionalInterface
  interface LineDecoder<T> {
    /**
     * Decodes one line.
     *
     * @param line the line
     * @param number its line number
     * @param streaming the streaming decoder to use, or null for the tree path only
     * @return the record
     * @throws io.github.proctime.formats.FormatException if the line is rejected
     */
    T decode(NdjsonLine line, long number, StreamingDecoder<T> streaming);
  }

  /** A line whose decoding threw: a FormatException, or an unexpected exception or error. */
  record Failed(Throwable cause) {}

  private final NdjsonInput input;
  private final Executor executor;
  private final int capacity;
  private final int batchLines;
  private final LineDecoder<T> decoder;
  private final Supplier<? extends StreamingDecoder<T>> streamingDecoders;
  private final ConcurrentLinkedQueue<StreamingDecoder<T>> idleDecoders =
      new ConcurrentLinkedQueue<>();
  private final ArrayDeque<Task> inFlight = new ArrayDeque<>();
  private final ArrayDeque<NdjsonInput.Batch> freeBatches = new ArrayDeque<>();
  private volatile boolean cancelled;
  private long nextLine;
  private boolean inputEnded;
  // A failure of the input, thrown once the lines read before it are handed out: an IOException
  // ends the input; anything else (a RuntimeException or Error of the stream) is thrown in its
  // place and reading may go on after it, as without an executor.
  private Throwable readFailure;
  private Task current;
  private int index;
  private RuntimeException broken;

  /**
   * Creates the window; nothing is read before the first {@link #next}.
   *
   * @param input the input, positioned before the first line to decode
   * @param executor where the batches are decoded
   * @param capacity the number of batches read ahead, at least 1
   * @param batchLines the most lines in a batch, at least 1
   * @param firstLine the line number of the first line to decode
   * @param decoder decodes one line
   * @param streamingDecoders makes a streaming decoder; null for the tree path only
   */
  DecodingWindow(
      NdjsonInput input,
      Executor executor,
      int capacity,
      int batchLines,
      long firstLine,
      LineDecoder<T> decoder,
      Supplier<? extends StreamingDecoder<T>> streamingDecoders) {
    this.input = input;
    this.executor = executor;
    this.capacity = Math.max(1, capacity);
    this.batchLines = batchLines;
    this.nextLine = firstLine;
    this.decoder = decoder;
    this.streamingDecoders = streamingDecoders;
  }

  /**
   * The result of the next line, in input order.
   *
   * @return the record, a {@link Failed} line, or null at the end of the input
   * @throws IOException if reading failed at this place, or the wait was interrupted
   */
  Object next() throws IOException {
    if (broken != null) {
      throw broken;
    }
    while (current == null || index == current.batch.size) {
      if (current != null) {
        freeBatches.push(current.batch);
        current = null;
      }
      fill();
      Task head = inFlight.poll();
      if (head == null) {
        if (readFailure != null) {
          Throwable failure = readFailure;
          readFailure = null;
          if (failure instanceof IOException e) {
            throw e;
          }
          if (failure instanceof Error e) {
            throw e;
          }
          throw (RuntimeException) failure;
        }
        return null;
      }
      try {
        head.await();
      } catch (RuntimeException e) {
        // The batch's lines are lost: nothing after them may be handed out as if they were read.
        broken = e;
        throw e;
      }
      current = head;
      index = 0;
    }
    Object result = current.results[index];
    current.results[index] = null;
    index++;
    return result;
  }

  /** Reads batches and submits them until the window is full or the input has ended. */
  private void fill() {
    while (!inputEnded && readFailure == null && inFlight.size() < capacity) {
      NdjsonInput.Batch batch =
          freeBatches.isEmpty() ? input.newBatch(batchLines) : freeBatches.pop();
      batch.clear();
      long first = nextLine;
      try {
        while (!batch.isFull()) {
          if (!input.next()) {
            inputEnded = true;
            break;
          }
          batch.add();
          nextLine++;
        }
      } catch (IOException e) {
        // Thrown once the lines read before it are handed out, as a sequential read would.
        readFailure = e;
        inputEnded = true;
      } catch (RuntimeException | Error e) {
        // The same, but the input may go on: the lines read so far must not be lost.
        readFailure = e;
      }
      if (batch.size == 0) {
        freeBatches.push(batch);
        return;
      }
      Task task = new Task(batch, first);
      inFlight.add(task);
      try {
        executor.execute(task);
      } catch (RejectedExecutionException e) {
        // A full or shut-down executor: the reading thread decodes the batch when it needs it.
      }
    }
  }

  /** Makes the tasks not yet finished stop at their next line. */
  void close() {
    cancelled = true;
    inFlight.clear();
    current = null;
  }

  /** The decoding of one batch. */
  private final class Task implements Runnable {
    final NdjsonInput.Batch batch;
    final long firstLine;
    final Object[] results;
    private final CountDownLatch done = new CountDownLatch(1);
    private final AtomicBoolean claimed = new AtomicBoolean();
    private Throwable failure;

    Task(NdjsonInput.Batch batch, long firstLine) {
      this.batch = batch;
      this.firstLine = firstLine;
      this.results = new Object[batch.size];
    }

    @Override
    public void run() {
      if (!claimed.compareAndSet(false, true)) {
        return; // the reading thread ran it already
      }
      try {
        decodeAll();
      } catch (Throwable e) {
        // Every failure reaches the consumer, which would otherwise wait for ever.
        failure = e;
      } finally {
        done.countDown();
      }
    }

    private void decodeAll() {
      StreamingDecoder<T> streaming = borrow();
      for (int i = 0; i < results.length && !cancelled; i++) {
        try {
          results[i] = decoder.decode(batch.line(i), firstLine + i, streaming);
        } catch (RuntimeException e) {
          results[i] = new Failed(e);
        } catch (Error e) {
          results[i] = new Failed(e);
          // The decoder may have been left half-way; it is not used again.
          streaming = streamingDecoders == null ? null : streamingDecoders.get();
        }
      }
      if (streaming != null) {
        idleDecoders.offer(streaming);
      }
    }

    private StreamingDecoder<T> borrow() {
      if (streamingDecoders == null) {
        return null;
      }
      StreamingDecoder<T> idle = idleDecoders.poll();
      return idle != null ? idle : streamingDecoders.get();
    }

    void await() throws IOException {
      // A task the executor has not started yet is run here: the reading thread would only wait
      // for it, and an executor whose threads are all busy (or all waiting on readers like this
      // one) would never start it.
      run();
      try {
        if (done.getCount() != 0) { // await() would throw on a set interrupt flag even when done
          done.await();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        InterruptedIOException interrupted =
            new InterruptedIOException("Interrupted while waiting for decoded lines");
        interrupted.initCause(e);
        throw interrupted;
      }
      if (failure instanceof RuntimeException e) {
        throw e;
      }
      if (failure instanceof Error e) {
        throw e;
      }
      if (failure != null) {
        throw new IllegalStateException("Decoding failed", failure);
      }
    }
  }
}
