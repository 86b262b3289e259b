package org.agorapolis.shared.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class GroupCommitTest {

    @Test
    void aLoneCallerWritesItsItemAtOnce() {
        List<List<Integer>> batches = new ArrayList<>();
        GroupCommit<Integer, String> commit = new GroupCommit<>(batch -> {
            batches.add(batch);
            return batch.stream().map(i -> "written " + i).toList();
        }, 10);

        assertEquals("written 7", commit.submit(7));
        assertEquals("written 8", commit.submit(8));
        assertEquals(List.of(List.of(7), List.of(8)), batches);
    }

    @Test
    void callersWaitingWhileABatchIsWrittenAreWrittenTogetherAndEachGetsItsOwnOutcome() throws Exception {
        int callers = 24;
        CountDownLatch everyoneSubmitting = new CountDownLatch(callers - 1);
        AtomicInteger firstBatch = new AtomicInteger();
        List<List<Integer>> batches = Collections.synchronizedList(new ArrayList<>());
        GroupCommit<Integer, Integer> commit = new GroupCommit<>(batch -> {
            if (firstBatch.getAndIncrement() == 0) {
                awaitQuietly(everyoneSubmitting); // the others arrive while this batch is being "committed"
                sleep(500);
            }
            batches.add(List.copyOf(batch));
            return batch.stream().map(i -> i * 10).toList();
        }, 100);

        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            Future<Integer> first = pool.submit(() -> commit.submit(0));
            sleep(50);
            List<Future<Integer>> others = new ArrayList<>();
            for (int i = 1; i < callers; i++) {
                int item = i;
                others.add(pool.submit(() -> {
                    everyoneSubmitting.countDown();
                    return commit.submit(item);
                }));
            }
            assertEquals(0, first.get(10, TimeUnit.SECONDS));
            for (int i = 1; i < callers; i++) {
                assertEquals(i * 10, others.get(i - 1).get(10, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(List.of(0), batches.get(0));
        assertEquals(callers, batches.stream().mapToInt(List::size).sum(), "every item written once");
        assertEquals(callers - 1, batches.get(1).size(), "the 23 who waited are written in one batch: " + batches);
    }

    @Test
    void underLoadEveryItemIsWrittenExactlyOnceInBatchesNoLargerThanTheLimit() throws Exception {
        ConcurrentHashMap<Integer, Integer> writes = new ConcurrentHashMap<>();
        List<Integer> sizes = Collections.synchronizedList(new ArrayList<>());
        GroupCommit<Integer, Integer> commit = new GroupCommit<>(batch -> {
            sizes.add(batch.size());
            batch.forEach(i -> writes.merge(i, 1, Integer::sum));
            sleep(1);
            return batch;
        }, 5);

        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                int item = i;
                results.add(pool.submit(() -> commit.submit(item) == item));
            }
            for (Future<Boolean> r : results) {
                assertTrue(r.get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(2_000, writes.size());
        assertTrue(writes.values().stream().allMatch(n -> n == 1), "no item written twice");
        assertTrue(sizes.stream().allMatch(n -> n >= 1 && n <= 5), "batches of 1 to 5: " + sizes);
        assertTrue(sizes.size() < 2_000, "16 callers at once share batches: " + sizes.size() + " batches");
    }

    @Test
    void aBatchThatFailsIsWrittenAgainItemByItemSoOnlyTheBadItemFails() throws Exception {
        List<List<Integer>> batches = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch secondArrived = new CountDownLatch(2);
        GroupCommit<Integer, Integer> commit = new GroupCommit<>(batch -> {
            batches.add(List.copyOf(batch));
            if (batch.size() == 1 && batch.get(0) == 100) {
                awaitQuietly(secondArrived);
                sleep(200);
                return batch;
            }
            if (batch.contains(13)) {
                throw new IllegalStateException("13 is refused");
            }
            return batch;
        }, 10);

        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Future<Integer> opener = pool.submit(() -> commit.submit(100));
            sleep(50);
            Future<Integer> bad = pool.submit(() -> {
                secondArrived.countDown();
                return commit.submit(13);
            });
            Future<Integer> good = pool.submit(() -> {
                secondArrived.countDown();
                return commit.submit(14);
            });
            assertEquals(100, opener.get(10, TimeUnit.SECONDS));
            assertEquals(14, good.get(10, TimeUnit.SECONDS));
            var failure = assertThrows(java.util.concurrent.ExecutionException.class, () -> bad.get(10, TimeUnit.SECONDS));
            assertEquals("13 is refused", failure.getCause().getMessage());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, batches.get(1).size(), "13 and 14 first tried together: " + batches);
        assertTrue(batches.contains(List.of(14)) && batches.contains(List.of(13)), "then each alone: " + batches);
    }

    @Test
    void anErrorWhileWritingFailsTheItemWithoutLeavingAnyCallerWaiting() throws Exception {
        GroupCommit<Integer, Integer> commit = new GroupCommit<>(batch -> {
            if (batch.contains(13)) {
                throw new AssertionError("13 broke the writer");
            }
            return batch;
        }, 10);

        var failure = assertThrows(IllegalStateException.class, () -> commit.submit(13));
        assertEquals("13 broke the writer", failure.getCause().getMessage());
        assertEquals(14, commit.submit(14), "the next item is written as usual");
    }

    @Test
    void aWriterThatLosesTrackOfItsItemsFailsThemRatherThanMismatchingOutcomes() {
        GroupCommit<Integer, Integer> commit = new GroupCommit<>(batch -> List.of(), 10);

        var failure = assertThrows(IllegalStateException.class, () -> commit.submit(1));
        assertTrue(failure.getMessage().contains("0 outcomes for 1 items"), failure.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new GroupCommit<Integer, Integer>(batch -> batch, 0));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
