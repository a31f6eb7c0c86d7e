import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A small, bounded load on a running CareerPath over loopback: for each page, a warm-up and then a fixed number of
 * GET requests from a few concurrent clients. Prints requests per second and latency percentiles per page.
 *
 * Usage: java bench/PageBench.java [baseUrl] [clients] [requestsPerPage]
 */
public class PageBench {

	static final List<String> PAGES = List.of("/", "/careers/director-of-clinical-services",
			"/careers/director-of-clinical-services/roadmap",
			"/careers/director-of-clinical-services/steps/healthcare-degree",
			"/careers/director-of-clinical-services/skills", "/careers/director-of-clinical-services/ladder",
			"/careers/director-of-clinical-services/salaries?compare=entry-level&with=executive&years=4",
			"/careers/director-of-clinical-services/progress");

	public static void main(String[] args) throws Exception {
		String base = (args.length > 0) ? args[0] : "http://localhost:18080";
		if (!base.startsWith("http://localhost") && !base.startsWith("http://127.")) {
			throw new IllegalArgumentException("Only a local server is benchmarked: " + base);
		}
		int clients = (args.length > 1) ? Integer.parseInt(args[1]) : 4;
		int requests = (args.length > 2) ? Integer.parseInt(args[2]) : 1000;
		HttpClient http = HttpClient.newHttpClient();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		System.out.printf("%-75s %8s %8s %8s %8s%n", "page (" + clients + " clients, " + requests + " requests)", "req/s",
				"p50 ms", "p95 ms", "p99 ms");
		for (String page : PAGES) {
			HttpRequest request = HttpRequest.newBuilder(URI.create(base + page)).header("Accept", "text/html").build();
			for (int i = 0; i < 50; i++) {
				check(http.send(request, HttpResponse.BodyHandlers.discarding()), page);
			}
			List<Future<List<Long>>> results = new ArrayList<>();
			long start = System.nanoTime();
			for (int c = 0; c < clients; c++) {
				int share = requests / clients;
				results.add(pool.submit(() -> {
					List<Long> times = new ArrayList<>();
					for (int i = 0; i < share; i++) {
						long t = System.nanoTime();
						check(http.send(request, HttpResponse.BodyHandlers.ofByteArray()), page);
						times.add(System.nanoTime() - t);
					}
					return times;
				}));
			}
			List<Long> all = new ArrayList<>();
			for (Future<List<Long>> result : results) {
				all.addAll(result.get());
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			Collections.sort(all);
			System.out.printf("%-75s %8.0f %8.1f %8.1f %8.1f%n", page, all.size() / seconds, ms(all, 0.50), ms(all, 0.95),
					ms(all, 0.99));
		}
		pool.shutdown();
	}

	static void check(HttpResponse<?> response, String page) {
		if (response.statusCode() != 200) {
			throw new IllegalStateException(page + " answered " + response.statusCode());
		}
	}

	static double ms(List<Long> sorted, double quantile) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(quantile * sorted.size()))) / 1e6;
	}

}
