package io.metalflow.process;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Default names a process uses when its starter gives none, from {@code
 * metalflow.process.defaults.*}. {@code maasEndpoint} (the MAAS URL the juju client registers as
 * the cloud's endpoint) falls back to {@code metalflow.maas.url} when unset. No secrets here.
 */
@ConfigurationProperties("metalflow.process.defaults")
public record ProcessDefaults(
    @DefaultValue("maas-controller") String controllerName,
    @DefaultValue("maas-one") String cloudName,
    @DefaultValue("metalflow") String credentialName,
    @DefaultValue("juju") String machineTag,
    @DefaultValue("prom") String modelName,
    @DefaultValue("3.6") String jujuChannel,
    @DefaultValue("ubuntu@22.04") String bootstrapBase,
    String maasEndpoint) {}
