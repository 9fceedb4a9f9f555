using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace Parley.Server;

/// <summary>
/// The server's counters since it started, written as Prometheus text (<c>GET /metrics</c>): articles and events
/// coded, coding failures, requests by route and status, and latency histograms. Thread-safe.
/// </summary>
public sealed class ServerMetrics
{
    /// <summary>Histogram bucket bounds in seconds: from a cached page (1 ms) to a long article (10 s).</summary>
    private static readonly double[] Bounds = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly ConcurrentDictionary<(string Method, string Route, int Status), long> _requests = new();
    private readonly ConcurrentDictionary<string, Histogram> _latency = new(StringComparer.Ordinal);
    private readonly Histogram _coding = new();
    private long _articlesCoded;
    private long _articlesFailed;
    private long _eventsCoded;
    private long _tokensCoded;

    /// <summary>Counts one article coded (or failed) with its events and tokens and how long it took.</summary>
    public void ArticleCoded(bool failed, int events, int tokens, TimeSpan elapsed)
    {
        Interlocked.Increment(ref failed ? ref _articlesFailed : ref _articlesCoded);
        Interlocked.Add(ref _eventsCoded, events);
        Interlocked.Add(ref _tokensCoded, tokens);
        _coding.Observe(elapsed.TotalSeconds);
    }

    /// <summary>Counts one request answered on <paramref name="route"/> (the route pattern, not the path, so ids do not make new series).</summary>
    public void Request(string method, string route, int status, TimeSpan elapsed)
    {
        _requests.AddOrUpdate((method, route, status), 1, (_, n) => n + 1);
        _latency.GetOrAdd(route, _ => new Histogram()).Observe(elapsed.TotalSeconds);
    }

    /// <summary>Everything counted, in the Prometheus text exposition format (version 0.0.4).</summary>
    public string ToPrometheusText()
    {
        var text = new StringBuilder();
        Counter(text, "parley_articles_coded_total", "Articles coded into events (with or without events).", Interlocked.Read(ref _articlesCoded));
        Counter(text, "parley_articles_failed_total", "Articles whose coding failed (stored with the failure).", Interlocked.Read(ref _articlesFailed));
        Counter(text, "parley_events_coded_total", "Events coded.", Interlocked.Read(ref _eventsCoded));
        Counter(text, "parley_tokens_coded_total", "Tokens annotated in coded articles.", Interlocked.Read(ref _tokensCoded));
        text.Append("# HELP parley_coding_duration_seconds Time to annotate and code one article.\n# TYPE parley_coding_duration_seconds histogram\n");
        _coding.Write(text, "parley_coding_duration_seconds", "");
        text.Append("# HELP parley_http_requests_total HTTP requests answered, by method, route and status.\n# TYPE parley_http_requests_total counter\n");
        foreach (var ((method, route, status), count) in _requests.OrderBy(r => r.Key.Route, StringComparer.Ordinal).ThenBy(r => r.Key.Method, StringComparer.Ordinal).ThenBy(r => r.Key.Status))
        {
            text.Append(CultureInfo.InvariantCulture, $"parley_http_requests_total{{method=\"{Escape(method)}\",route=\"{Escape(route)}\",status=\"{status}\"}} {count}\n");
        }
        text.Append("# HELP parley_http_request_duration_seconds Time to answer an HTTP request, by route.\n# TYPE parley_http_request_duration_seconds histogram\n");
        foreach (var (route, histogram) in _latency.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            histogram.Write(text, "parley_http_request_duration_seconds", $"route=\"{Escape(route)}\"");
        }
        return text.ToString();
    }

    private static void Counter(StringBuilder text, string name, string help, long value) =>
        text.Append(CultureInfo.InvariantCulture, $"# HELP {name} {help}\n# TYPE {name} counter\n{name} {value}\n");

    private static string Escape(string label) => label.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>A cumulative histogram over <see cref="Bounds"/>, updated without locks.</summary>
    private sealed class Histogram
    {
        private readonly long[] _buckets = new long[Bounds.Length];
        private long _count;
        private long _sumMicroseconds;

        public void Observe(double seconds)
        {
            for (var i = 0; i < Bounds.Length; i++)
            {
                if (seconds <= Bounds[i])
                {
                    Interlocked.Increment(ref _buckets[i]);
                }
            }
            Interlocked.Increment(ref _count);
            Interlocked.Add(ref _sumMicroseconds, (long)(seconds * 1e6));
        }

        public void Write(StringBuilder text, string name, string labels)
        {
            var prefix = labels.Length > 0 ? labels + "," : "";
            var invariant = CultureInfo.InvariantCulture;
            for (var i = 0; i < Bounds.Length; i++)
            {
                text.Append(invariant, $"{name}_bucket{{{prefix}le=\"{Bounds[i].ToString(invariant)}\"}} {Interlocked.Read(ref _buckets[i])}\n");
            }
            var count = Interlocked.Read(ref _count);
            text.Append(invariant, $"{name}_bucket{{{prefix}le=\"+Inf\"}} {count}\n");
            var braces = labels.Length > 0 ? $"{{{labels}}}" : "";
            text.Append(invariant, $"{name}_sum{braces} {(Interlocked.Read(ref _sumMicroseconds) / 1e6).ToString(invariant)}\n");
            text.Append(invariant, $"{name}_count{braces} {count}\n");
        }
    }
}
