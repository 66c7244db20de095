package org.answerdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CpuUseTest {

    @Test
    void threadsAreSortedByTheirKernelNames() {
        assertThat(CpuUse.kind("http-nio-auto-1")).isEqualTo("tomcat"); // an exec thread's name, cut to 15 characters
        assertThat(CpuUse.kind("java")).isEqualTo("java");
        assertThat(CpuUse.kind("C2 CompilerThre")).isEqualTo("jit");
        assertThat(CpuUse.kind("C1 CompilerThre")).isEqualTo("jit");
        assertThat(CpuUse.kind("GC Thread#1")).isEqualTo("gc");
        assertThat(CpuUse.kind("G1 Conc#0")).isEqualTo("gc");
        assertThat(CpuUse.kind("VM Thread")).isEqualTo("gc");
        assertThat(CpuUse.kind("pool-3-thread-2")).isNull();
        assertThat(CpuUse.kind("javascript")).isNull();
    }

    @Test
    void theKindsAndTheRestAddUpToTheProcess() {
        CpuUse use = CpuUse.start();
        long sum = 0;
        long until = System.nanoTime() + 300_000_000L;
        while (System.nanoTime() < until) {
            sum += Long.numberOfTrailingZeros(System.nanoTime());
        }
        var spent = use.spent();
        assertThat(sum).isPositive();
        assertThat(spent.threadsMs()).containsOnlyKeys("tomcat", "java", "jit", "gc", "rest");
        assertThat(spent.threadsMs().values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(spent.processMs(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(spent.perRequest(2)).startsWith("tomcat ").contains(", rest ");
        // this thread's own CPU, by its full name with its digits as #
        String self = Thread.currentThread().getName().replaceAll("[0-9]+", "#");
        assertThat(spent.javaMs()).containsKey(self);
        assertThat(spent.javaMs().get(self)).isPositive();
        assertThat(spent.javaPerRequest(1, 1)).doesNotContain(",");
    }
}
