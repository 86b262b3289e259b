package org.agorapolis.shared.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Writes what concurrent callers submit together, in one transaction, and returns to each caller
 * only once its own item is committed (group commit). A caller that finds nobody writing writes
 * every item waiting — its own and those submitted meanwhile — then hands over to the next caller
 * still waiting; the others sleep until their item is written. Nothing waits for a batch to fill:
 * alone, a caller writes its item at once.
 *
 * <p>The writer takes a batch and returns one outcome per item, in the batch's order, after its
 * transaction has committed. If it fails on a batch of several items, each item is written again
 * alone, so that one bad item never takes the others down; the failure of an item written alone
 * is thrown to its caller (an {@link Error} wrapped in an {@link IllegalStateException}).
 *
 * @param <I> what a caller submits
 * @param <O> the outcome of one item
 */
public final class GroupCommit<I, O> {

    /** An item waiting to be written, and what became of it. */
    private static final class Waiting<I, O> {
        final I item;
        final Thread caller = Thread.currentThread();
        volatile boolean done;
        O outcome;
        RuntimeException failure;

        Waiting(I item) {
            this.item = item;
        }
    }

    private final Function<List<I>, List<O>> writer;
    private final int largestBatch;
    private final ConcurrentLinkedQueue<Waiting<I, O>> waiting = new ConcurrentLinkedQueue<>();
    private final ReentrantLock writing = new ReentrantLock();

    /** {@code writer} commits a batch of at most {@code largestBatch} items and returns their outcomes in order. */
    public GroupCommit(Function<List<I>, List<O>> writer, int largestBatch) {
        if (largestBatch < 1) {
            throw new IllegalArgumentException("a batch holds at least one item");
        }
        this.writer = Objects.requireNonNull(writer);
        this.largestBatch = largestBatch;
    }

    /** Writes {@code item} (perhaps with others) and returns its outcome once committed; throws what writing it alone threw. */
    public O submit(I item) {
        Waiting<I, O> mine = new Waiting<>(Objects.requireNonNull(item));
        waiting.add(mine);
        while (!mine.done) {
            if (writing.tryLock()) {
                try {
                    while (!mine.done) {
                        write(next());
                    }
                } finally {
                    writing.unlock();
                }
                Waiting<I, O> successor = waiting.peek();
                if (successor != null) {
                    LockSupport.unpark(successor.caller); // its turn to write, if nobody has taken it
                }
            } else {
                // Woken when written or when the writer hands over; the time limit only guards against a lost wake-up.
                LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(10));
            }
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
        return mine.outcome;
    }

    private List<Waiting<I, O>> next() {
        List<Waiting<I, O>> batch = new ArrayList<>();
        while (batch.size() < largestBatch) {
            Waiting<I, O> w = waiting.poll();
            if (w == null) {
                break;
            }
            batch.add(w);
        }
        return batch;
    }

    private void write(List<Waiting<I, O>> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<O> outcomes;
        try {
            outcomes = writer.apply(batch.stream().map(w -> w.item).toList());
            if (outcomes.size() != batch.size()) {
                throw new IllegalStateException("the writer returned " + outcomes.size() + " outcomes for " + batch.size() + " items");
            }
        } catch (RuntimeException | Error e) {
            // Every item taken from the queue is finished here, whatever happened: none is left waiting for ever.
            if (batch.size() == 1) {
                finish(batch.get(0), null, e instanceof RuntimeException failure ? failure : new IllegalStateException("the item could not be written", e));
            } else {
                for (Waiting<I, O> w : batch) {
                    write(List.of(w));
                }
            }
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            finish(batch.get(i), outcomes.get(i), null);
        }
    }

    private static <I, O> void finish(Waiting<I, O> w, O outcome, RuntimeException failure) {
        w.outcome = outcome;
        w.failure = failure;
        w.done = true; // volatile write: outcome and failure are visible to the caller that reads done
        LockSupport.unpark(w.caller);
    }
}
