namespace Parley.Cli.Tests;

/// <summary>Runs <c>parley</c> in-process with captured standard output and error.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = ParleyCommand.Run(args, output, error);
        return new CliRun(exit, output.ToString(), error.ToString());
    }
}
