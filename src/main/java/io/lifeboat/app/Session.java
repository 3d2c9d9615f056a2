package io.lifeboat.app;

import io.lifeboat.aws.Connection;
import io.lifeboat.volumes.BackupConvention;
import io.lifeboat.volumes.VolumeService;
import java.util.concurrent.Executor;

/** One connection and the feature services bound to it; replaced as a whole when the user reconnects. */
public final class Session implements AutoCloseable {

    private final Connection connection;
    private final VolumeService volumes;

    Session(Connection connection, BackupConvention convention, Executor io) {
        this.connection = connection;
        this.volumes = new VolumeService(connection.clients(), convention, io);
    }

    public Connection connection() {
        return connection;
    }

    public VolumeService volumes() {
        return volumes;
    }

    @Override
    public void close() {
        connection.close();
    }
}
