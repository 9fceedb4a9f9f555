using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Parley.Testing;

namespace Parley.Server.Tests;

public sealed class DashboardBuildTests
{
    private static readonly string Web = RepositoryPaths.InRepo("web");

    [Fact]
    public void The_committed_dashboard_was_built_from_the_sources_in_the_tree()
    {
        using var info = JsonDocument.Parse(File.ReadAllText(Path.Combine(Web, "dist", "build-info.json")));
        var recorded = info.RootElement.GetProperty("sources_sha256").GetString();

        // The same digest as web/build.mjs: each input's path and text (LF line ends), src/ in ordinal path order first.
        var inputs = Directory.GetFiles(Path.Combine(Web, "src"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Web, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Concat(["build.mjs", "package-lock.json"]);
        var text = new StringBuilder();
        foreach (var input in inputs)
        {
            text.Append(input).Append('\n').Append(File.ReadAllText(Path.Combine(Web, input)).Replace("\r\n", "\n", StringComparison.Ordinal)).Append('\n');
        }
        var actual = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));

        Assert.True(recorded == actual, "web/dist is older than web/src: run 'npm ci && npm run build' in web/ and commit web/dist.");
    }

    [Fact]
    public void The_dashboard_is_copied_beside_the_server()
    {
        foreach (var file in new[] { "index.html", "app.js", "app.css", "LICENSES.txt" })
        {
            Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "dashboard", file)), $"dashboard/{file} is not beside the tests");
        }
    }
}
