using System.CommandLine;

namespace Parley.Cli.Commands;

/// <summary><c>parley dictionaries</c>: works on dictionaries (importing other coders' dictionaries into Parley's format).</summary>
public static class DictionariesCommand
{
    public static Command Create()
    {
        var dictionaries = new Command("dictionaries", "Work on dictionaries: import PETRARCH dictionaries into Parley's own format.");
        dictionaries.Subcommands.Add(DictionariesImportCommand.Create());
        return dictionaries;
    }
}
