package org.proximite.web;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of this installation, bound from {@code proximite.*} in {@code application.yml}.
 *
 * @param dataDir where the installation keeps its files: the embedded database, installed
 *     chapters; set with the environment variable {@code PROXIMITE_DATA_DIR}
 */
@ConfigurationProperties("proximite")
public record ProximiteProperties(@DefaultValue("./data") Path dataDir) {}
