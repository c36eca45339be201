package io.github.proctime.examples.cli;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The worker threads of the bulk commands, and how their results are taken back: one daemon thread
 * a core, so that a run stopped by a failure does not wait for the tasks still in flight.
 *
 * <p>Why not the common pool: on two cores it has one worker, and the commands' tasks are handed
 * out by a thread that does not take part in them (it reads results in input order).
 */
final class Workers {
  private Workers() {}

  /**
   * A pool of one daemon thread a core.
   *
   * @param name the threads' name
   * @return the pool; the caller shuts it down
   */
  static ExecutorService start(String name) {
    int cores = Runtime.getRuntime().availableProcessors();
    return Executors.newFixedThreadPool(
        cores,
        task -> {
          Thread t = new Thread(task, name);
          t.setDaemon(true);
          return t;
        });
  }

  /**
   * The result of a task, waiting for it; a task's failure is thrown here, unwrapped.
   *
   * @param task the task
   * @param <T> the result type
   * @return its result
   * @throws InterruptedException if interrupted while waiting
   */
  static <T> T result(Future<T> task) throws InterruptedException {
    try {
      return task.get();
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
}
