using System.CommandLine;

namespace Parley.Cli.Commands;

/// <summary><c>parley eval</c>: measures Parley's components against gold data.</summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var eval = new Command("eval", "Measure a component against gold data.");
        eval.Subcommands.Add(EvalTokenizeCommand.Create());
        eval.Subcommands.Add(EvalNerCommand.Create());
        eval.Subcommands.Add(EvalUdCommand.Create());
        eval.Subcommands.Add(EvalEventsCommand.Create());
        eval.Subcommands.Add(EvalStoriesCommand.Create());
        eval.Subcommands.Add(EvalPetrarchCommand.Create());
        eval.Subcommands.Add(EvalActorsCommand.Create());
        return eval;
    }
}
