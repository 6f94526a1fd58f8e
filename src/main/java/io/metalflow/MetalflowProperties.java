package io.metalflow;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where Metalflow keeps its run-time state: the H2 database, the generated admin password, logs and
 * the lab's files ({@code metalflow.data-dir}, env {@code METALFLOW_DATA_DIR}).
 */
@Validated
@ConfigurationProperties("metalflow")
public record MetalflowProperties(@NotNull Path dataDir) {}
