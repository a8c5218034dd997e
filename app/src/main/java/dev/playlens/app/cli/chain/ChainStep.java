package dev.playlens.app.cli.chain;

import dev.playlens.core.job.JobContext;

import java.util.Map;

/** One step of the chain: does its work and reports it as JSON fields and one human line. */
interface ChainStep {

    String name();

    Result run(ChainState state, JobContext context) throws Exception;

    record Result(Map<String, Object> json, String line) {
        public Result {
            json = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(json));
        }
    }
}
