using Parley.Engine;

namespace Parley.Cli.Tests;

/// <summary>Runs <c>parley</c> in-process with captured standard output and error.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args) => WithCoder(null, args);

    /// <summary>Runs with <paramref name="loadCoder"/> in place of the dictionary-driven event coder (null: the real one).</summary>
    public static CliRun WithCoder(Func<string, ArticleCoder>? loadCoder, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = ParleyCommand.Run(args, output, error, loadCoder);
        return new CliRun(exit, output.ToString(), error.ToString());
    }
}
