package io.github.proctime.examples.cli;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * The batches of a {@link ReadAhead} cut into tasks that run on one worker thread a core, and their
 * results given back in input order: the bulk commands' pipeline. The calling thread takes each
 * result as soon as it and those before it are done (a line to write, a part to merge) while the
 * workers go on with the tasks after it.
 *
 * <p>Why: the commands evaluated a batch at a time and then wrote or merged it, and one core idled
 * during each write and at the end of each batch ({@code BENCHMARKS.md}, round 7). Why not the
 * common pool: on two cores it has one worker, and the calling thread takes no task.
 *
 * <p>A batch is taken from the reader when all its tasks fit in the capacity and it is already
 * read, or when no task is left to wait for: a slow or live input does not hold back finished
 * results. A failure of the source is thrown in its place, after the results of the elements read
 * before it. A task's failure is thrown by {@link #next()} in its place too, unwrapped. The worker
 * threads are daemons, so a run stopped by a failure does not wait for the tasks still running.
 *
 * <pre>{@code
 * try (InOrder<Dossier, Part> parts = new InOrder<>(batches, "report", 8, 16, this::partsOf)) {
 *   for (Part part = parts.next(); part != null; part = parts.next()) {
 *     merge(part);
 *   }
 * }
 * }</pre>
 *
 * <p>One consumer thread; not thread-safe otherwise.
 *
 * @param <T> the element type
 * @param <R> the tasks' result type
 */
final class InOrder<T, R> implements AutoCloseable {
  private final ReadAhead<T> batches;
  private final int perBatch;
  private final int capacity;
  private final Function<List<T>, List<Callable<R>>> tasks;
  private final ExecutorService workers;
  private final ArrayDeque<Future<R>> pending = new ArrayDeque<>();
  private RuntimeException sourceFailure;
  private boolean exhausted;

  /**
   * Starts the workers.
   *
   * @param batches the batches, closed with this
   * @param name the worker threads' name
   * @param perBatch the number of tasks a full batch makes, at most
   * @param capacity the number of tasks running or waiting to be taken back, at most (at least
   *     {@code perBatch})
   * @param tasks cuts a batch into tasks, in input order
   */
  InOrder(
      ReadAhead<T> batches,
      String name,
      int perBatch,
      int capacity,
      Function<List<T>, List<Callable<R>>> tasks) {
    this.batches = batches;
    this.perBatch = perBatch;
    this.capacity = capacity;
    this.tasks = tasks;
    this.workers =
        Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(),
            task -> {
              Thread t = new Thread(task, name);
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * The next result in input order, waiting for it.
   *
   * @return the result, or null after the last
   * @throws InterruptedException if interrupted while waiting
   */
  R next() throws InterruptedException {
    while (sourceFailure == null
        && !exhausted
        && pending.size() + perBatch <= capacity
        && (pending.isEmpty() || batches.ready())) {
      List<T> batch;
      try {
        if (!batches.hasNext()) {
          exhausted = true;
          break;
        }
        batch = batches.next();
      } catch (RuntimeException e) {
        sourceFailure = e; // thrown once the results before it are taken
        break;
      }
      for (Callable<R> task : tasks.apply(batch)) {
        pending.add(workers.submit(task));
      }
    }
    if (pending.isEmpty()) {
      if (sourceFailure != null) {
        throw sourceFailure;
      }
      return null;
    }
    try {
      return pending.removeFirst().get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  /**
   * Stops the reader (see {@link ReadAhead#close()}), then the workers, without waiting for them.
   */
  @Override
  public void close() {
    try {
      batches.close();
    } finally {
      workers.shutdownNow();
    }
  }
}
