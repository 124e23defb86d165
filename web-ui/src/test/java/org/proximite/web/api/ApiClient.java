package org.proximite.web.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the API as a tool does: HTTP Basic as one account (or none), writing requests with X-Requested-With. */
record ApiClient(int port, String user, HttpClient http, JsonMapper json) {

    static ApiClient as(int port, String user) {
        return new ApiClient(port, user, HttpClient.newHttpClient(), JsonMapper.builder().build());
    }

    HttpResponse<String> get(String path) throws Exception {
        return send(request(path).GET());
    }

    HttpResponse<String> put(String path, Object body) throws Exception {
        return send(request(path).header("X-Requested-With", "test-tool").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8)));
    }

    HttpResponse<String> post(String path, Object body) throws Exception {
        return send(request(path).header("X-Requested-With", "test-tool").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8)));
    }

    /** A body sent as it is, with its type; without X-Requested-With when {@code asATool} is false (as a cross-site form would). */
    HttpResponse<String> post(String path, String contentType, byte[] body, boolean asATool) throws Exception {
        HttpRequest.Builder request = request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        return send(asATool ? request.header("X-Requested-With", "test-tool") : request);
    }

    /** A file, as bytes. */
    HttpResponse<byte[]> download(String path) throws Exception {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    JsonNode read(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + ApiTestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
