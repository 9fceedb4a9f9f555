using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Parley.Coding;
using Parley.Engine;
using Parley.Server.Api;
using Parley.Storage;

namespace Parley.Server;

/// <summary>
/// Parley as a service: the HTTP API (<c>/v1/…</c>, described at <c>/openapi/v1.json</c> with a reference page at
/// <c>/docs</c>), <c>/healthz</c>, <c>/metrics</c>, and the dashboard at <c>/</c>, over one engine and one store.
/// </summary>
public static class ParleyServer
{
    /// <summary>The header a write carries its API key in (or <c>Authorization: Bearer KEY</c>).</summary>
    public const string ApiKeyHeader = "X-Api-Key";

    /// <summary>
    /// Builds the server (not yet started: call <c>StartAsync</c> or <c>RunAsync</c>). The engine and the store are
    /// the caller's; the server neither loads nor disposes them.
    /// </summary>
    /// <exception cref="ArgumentException">A URL is not an http(s) URL, or one is beyond loopback and there is no API key.</exception>
    public static WebApplication Create(ServerOptions options, ParleyEngine engine, IEventStore store, Action<ILoggingBuilder>? logging = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(store);
        if (options.Urls.Count == 0)
        {
            throw new ArgumentException("Give at least one URL to listen on.", nameof(options));
        }
        foreach (var url in options.Urls)
        {
            if (!IsLoopback(url) && string.IsNullOrEmpty(options.ApiKey))
            {
                throw new ArgumentException(
                    $"{url} is reachable from other machines, so writes need an API key: give --api-key KEY or set PARLEY_API_KEY.", nameof(options));
            }
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        logging?.Invoke(builder.Logging);
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBytes;
        });
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            var shared = EventRecordJson.Options;
            json.SerializerOptions.PropertyNamingPolicy = shared.PropertyNamingPolicy;
            json.SerializerOptions.DefaultIgnoreCondition = shared.DefaultIgnoreCondition;
            foreach (var converter in shared.Converters)
            {
                json.SerializerOptions.Converters.Add(converter);
            }
        });
        builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = context =>
        {
            if (context.Exception is EventStoreException store)
            {
                context.ProblemDetails.Title = "The store is not answering.";
                context.ProblemDetails.Detail = store.Message;
            }
        });
        builder.Services.AddOpenApi(openApi =>
        {
            openApi.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Parley API";
                document.Info.Description = "Who did what to whom, when, where, and how sure the story is: code news articles into events and query them.";
                return Task.CompletedTask;
            });
            openApi.AddOperationTransformer(OpenApiParameters.Describe);
        });
        builder.Services.AddSingleton(engine);
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<ServerMetrics>();

        var app = builder.Build();
        var metrics = app.Services.GetRequiredService<ServerMetrics>();
        app.Use(async (context, next) =>
        {
            var clock = Stopwatch.StartNew();
            context.Response.Headers.XContentTypeOptions = "nosniff";
            await next(context);
            var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? (context.Response.StatusCode == 404 ? "unmatched" : "static");
            metrics.Request(context.Request.Method, route, context.Response.StatusCode, clock.Elapsed);
        });
        // A store that does not answer (its server went away, its disk is full) is 503 with the store's own message, which
        // names the database without secrets, as /healthz does.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = ex => ex switch
            {
                BadHttpRequestException bad => bad.StatusCode,
                EventStoreException => StatusCodes.Status503ServiceUnavailable,
                _ => StatusCodes.Status500InternalServerError,
            },
        });
        app.UseStatusCodePages(StatusPages.WriteProblemAsync);

        var dashboard = options.DashboardDirectory ?? Path.Combine(AppContext.BaseDirectory, "dashboard");
        if (Directory.Exists(dashboard))
        {
            var files = new PhysicalFileProvider(Path.GetFullPath(dashboard));
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = files,
                OnPrepareResponse = file => file.Context.Response.Headers.ContentSecurityPolicy =
                    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'",
            });
        }

        app.MapOpenApi("/openapi/{documentName}.json");
        app.UseSwaggerUI(ui =>
        {
            ui.SwaggerEndpoint("/openapi/v1.json", "Parley API v1");
            ui.RoutePrefix = "docs";
            ui.DocumentTitle = "Parley API";
        });
        ArticleEndpoints.Map(app);
        EventEndpoints.Map(app);
        StatsEndpoints.Map(app);
        HealthEndpoints.Map(app);
        return app;
    }

    /// <summary>True when <paramref name="url"/> listens on a loopback address only (127.0.0.0/8, [::1] or localhost).</summary>
    public static bool IsLoopback(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        // Kestrel's wildcards (http://*:80, http://+:80) are not URIs; they listen everywhere.
        if (!Uri.TryCreate(url.Replace("://*", "://wildcard.invalid", StringComparison.Ordinal).Replace("://+", "://wildcard.invalid", StringComparison.Ordinal),
                UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"'{url}' is not an http:// or https:// URL to listen on.", nameof(url));
        }
        if (string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        return IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
    }
}
