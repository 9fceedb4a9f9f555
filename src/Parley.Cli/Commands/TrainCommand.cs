using System.CommandLine;

namespace Parley.Cli.Commands;

/// <summary><c>parley train</c>: trains Parley's own models from annotated data.</summary>
public static class TrainCommand
{
    public static Command Create()
    {
        var train = new Command("train", "Train one of Parley's models from annotated data.");
        train.Subcommands.Add(TrainTaggerCommand.Create());
        train.Subcommands.Add(TrainLemmatizerCommand.Create());
        train.Subcommands.Add(TrainNerCommand.Create());
        train.Subcommands.Add(TrainParserCommand.Create());
        train.Subcommands.Add(TrainEventsCommand.Create());
        return train;
    }
}
