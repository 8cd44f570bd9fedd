package vn.ngayhoi.task;

/** Test files shared by the modules' tests. */
public final class TaskIntegrationTestsSupport {

    private TaskIntegrationTestsSupport() {}

    /** A real 8 × 8 PNG. */
    public static byte[] png() {
        return TaskIntegrationTests.png();
    }
}
