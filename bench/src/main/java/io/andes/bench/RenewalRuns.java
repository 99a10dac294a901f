package io.andes.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives the application's own renewal run as billing staff do: {@code POST /api/v1/billing/renewal-runs}, which
 * answers when its run has finished, repeated until a run finds no candidate left; {@code runners} of them at once
 * (as several instances or clicks would) share the work.
 */
final class RenewalRuns {

    static final int MAX_RUNS_PER_RUNNER = 200;
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(30);
    private static final Pattern CANDIDATES = Pattern.compile("\"candidates\"\\s*:\\s*(\\d+)");

    private final HttpClient http;
    private final URI runs;
    private final String staffToken;

    RenewalRuns(HttpClient http, String baseUrl, String staffToken) {
        this.http = http;
        this.runs = URI.create(baseUrl + "/api/v1/billing/renewal-runs");
        this.staffToken = staffToken;
    }

    /** Runs {@code runners} loops at once; answers every run's answer, in the order they finished per runner. */
    List<String> drain(int runners) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(runners);
        try {
            List<Future<List<String>>> loops = new ArrayList<>();
            for (int i = 0; i < runners; i++) {
                loops.add(pool.submit(this::loop));
            }
            List<String> answers = new ArrayList<>();
            for (Future<List<String>> loop : loops) {
                answers.addAll(loop.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private List<String> loop() throws Exception {
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < MAX_RUNS_PER_RUNNER; i++) {
            String answer = runOnce();
            answers.add(answer);
            if (candidates(answer) == 0) {
                return answers;
            }
        }
        throw new IllegalStateException("Still candidates after " + MAX_RUNS_PER_RUNNER + " runs: " + answers);
    }

    private String runOnce() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(runs)
                .timeout(RUN_TIMEOUT)
                .header("Authorization", "Bearer " + staffToken)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("The renewal run answered HTTP " + response.statusCode() + ": "
                    + ReportParts.abbreviate(response.body()));
        }
        return response.body();
    }

    /** The {@code candidates} of a run's JSON answer. */
    static int candidates(String answer) {
        Matcher matcher = CANDIDATES.matcher(answer);
        if (!matcher.find()) {
            throw new IllegalStateException("Not a renewal run: " + ReportParts.abbreviate(answer));
        }
        return Integer.parseInt(matcher.group(1));
    }
}
