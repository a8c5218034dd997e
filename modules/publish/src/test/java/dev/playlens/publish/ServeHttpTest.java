package dev.playlens.publish;

import dev.playlens.core.job.JobContext;
import dev.playlens.ml.data.RawColumn;
import dev.playlens.publish.cache.RedisLocation;
import dev.playlens.publish.cache.RedisTarget;
import dev.playlens.publish.serve.CacheAsideScorer;
import dev.playlens.publish.serve.PredictionServer;
import dev.playlens.publish.serve.ServeMetrics;
import dev.playlens.publish.serve.ServedModels;
import dev.playlens.testsupport.RealServers;
import dev.playlens.testsupport.RedisServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import redis.clients.jedis.JedisPooled;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The endpoint at the HTTP level: pipelined requests keep their order, Connection: close, bad requests, port freed. */
@ExtendWith(RealServers.class)
class ServeHttpTest {
    private final TestModels models = TestModels.get();

    @Test
    void answersPipelinedRequestsInOrderAndHonoursConnectionClose(RedisServer redis) throws Exception {
        redis.start();
        try (JedisPooled j = new JedisPooled(redis.host(), redis.port())) {
            j.flushAll();
            new Publisher(Clock.systemUTC(), Optional.empty(), 50).publish(models.load("churn:1"), models.first(10),
                    TestModels.ID, "telco", List.of(new RedisTarget(RedisLocation.parse(redis.uri().toString()),
                            Duration.ofMinutes(10))), JobContext.silent());
            String id = ((RawColumn.Text) models.telco.column(TestModels.ID)).values()[2];
            ServeMetrics metrics = new ServeMetrics();
            int port;
            try (PredictionServer server = PredictionServer.start(new InetSocketAddress("127.0.0.1", 0),
                    new CacheAsideScorer(j, new ServedModels(models.registry, Set.of("churn")), user -> {
                        throw new AssertionError("no miss expected");
                    }, Duration.ofMinutes(10), metrics, Clock.systemUTC()))) {
                port = server.port();
                try (Socket s = new Socket("127.0.0.1", port)) {
                    // /predict runs on its own thread, /metrics and 404s do not: the order must still hold.
                    String pipelined = get("/predict/churn/" + id) + get("/metrics") + get("/predict/nope/" + id)
                            + get("/nowhere") + "POST /predict/churn/" + id + " HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n"
                            + get("/predict/churn/%zz") + "GET /predict/churn/" + id + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
                    OutputStream out = s.getOutputStream();
                    out.write(pipelined.getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    List<String[]> replies = readAll(new BufferedReader(new InputStreamReader(s.getInputStream(),
                            StandardCharsets.UTF_8)));
                    assertThat(replies).extracting(r -> r[0]).containsExactly("200", "200", "404", "404", "405", "400", "200");
                    assertThat(replies.get(0)[1]).startsWith("{\"model\":\"churn\",\"version\":1,\"user\":\"" + id
                            + "\",\"cached\":true,\"prediction\":{");
                    assertThat(replies.get(1)[1]).startsWith("{\"hits\":1,");
                    assertThat(replies.get(2)[1]).isEqualTo("{\"error\":\"unknown model nope\"}");
                    assertThat(replies.get(6)[1]).isEqualTo(replies.get(0)[1]);
                    assertThat(replies.get(6)[2]).as("the server closed after Connection: close").isEqualTo("closed");
                }
                assertThat(metrics.hits()).isEqualTo(2);
            }
            try (ServerSocket again = new ServerSocket(port, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
                assertThat(again.getLocalPort()).as("close() frees the port").isEqualTo(port);
            }
        }
    }

    private static String get(String path) {
        return "GET " + path + " HTTP/1.1\r\nHost: x\r\n\r\n";
    }

    /** {status, body, "closed" once the server ended the stream after this reply}. */
    private static List<String[]> readAll(BufferedReader in) throws Exception {
        List<String[]> replies = new ArrayList<>();
        String status;
        while ((status = in.readLine()) != null) {
            int length = 0;
            for (String h; !(h = in.readLine()).isEmpty(); ) {
                if (h.toLowerCase().startsWith("content-length:")) length = Integer.parseInt(h.substring(15).trim());
            }
            char[] body = new char[length]; // the bodies here are ASCII: chars = bytes
            for (int n = 0; n < length; ) n += in.read(body, n, length - n);
            replies.add(new String[]{status.split(" ")[1], new String(body), "open"});
        }
        replies.getLast()[2] = "closed";
        return replies;
    }
}
