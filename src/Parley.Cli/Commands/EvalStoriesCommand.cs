using System.CommandLine;
using System.Globalization;
using Parley.Coding;
using Parley.Coding.Evaluation;
using Parley.Engine;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley eval stories --stories FILE [--split dev|train|all] [--show-errors N]</c>: codes labelled stories (each
/// written to describe one event of a PLOVER type, such as <c>../shared/data/events/synthetic-stories.csv</c>) and
/// reports how often the labelled type is among the story's events, how often the most confident event has it, and
/// how many stories give no event; by label too. The development split is the stories whose id number is a multiple
/// of five (<see cref="LabelledStory.IsDev"/>); <c>parley train events</c> never trains on it.
/// </summary>
public static class EvalStoriesCommand
{
    public static Command Create(Func<string, ArticleCoder>? loadCoder = null)
    {
        var stories = new Option<string>("--stories") { Description = "Labelled stories, CSV with id, title, text, label (and mode) columns.", Required = true };
        var split = new Option<string>("--split")
        {
            Description = "Which stories to score: dev (ids that are multiples of 5, the default), train (the others), or all.",
            DefaultValueFactory = _ => "dev",
        };
        split.AcceptOnlyFromAmong("dev", "train", "all");
        var showErrors = new Option<int>("--show-errors") { Description = "List up to this many stories whose most confident event is not of the labelled type." };
        var models = CommonOptions.Models();
        var dictionaries = CommonOptions.Dictionaries();
        var command = new Command("stories", "Code labelled stories and score them: is the labelled PLOVER type among each story's events, and is it the most confident one?");
        command.Options.Add(stories);
        command.Options.Add(split);
        command.Options.Add(showErrors);
        command.Options.Add(models);
        command.Options.Add(dictionaries);
        command.SetAction(parseResult => Run(
            parseResult.GetRequiredValue(stories),
            parseResult.GetValue(split) ?? "dev",
            parseResult.GetValue(showErrors),
            parseResult.GetValue(models)?.FullName ?? CommonOptions.DefaultModelsDirectory,
            parseResult.GetValue(dictionaries)?.FullName ?? CommonOptions.DefaultDictionariesDirectory,
            loadCoder,
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Codes and scores the stories; returns 0, 1 when records were skipped, 3 when the file or the models cannot be used.</summary>
    public static int Run(string storiesPath, string split, int showErrors, string modelsDir, string dictionariesDir,
        Func<string, ArticleCoder>? loadCoder, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(storiesPath);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (!File.Exists(storiesPath))
        {
            error.WriteLine($"parley: {storiesPath}: no such file.");
            return ExitCodes.Failure;
        }
        EvaluationFile<LabelledStory> file;
        try
        {
            file = LabelledStoryReader.Read(storiesPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"parley: {e.Message}");
            return ExitCodes.Failure;
        }
        foreach (var problem in file.Problems)
        {
            error.WriteLine($"parley: {problem}; skipped");
        }
        var chosen = file.Items.Where(s => split switch { "dev" => s.IsDev, "train" => !s.IsDev, _ => true }).ToList();
        if (chosen.Count == 0)
        {
            error.WriteLine($"parley: {storiesPath}: no stories in the {split} split.");
            return ExitCodes.Failure;
        }
        if (EngineLoader.Load(modelsDir, dictionariesDir, loadCoder, error) is not { } engine)
        {
            return ExitCodes.Failure;
        }
        var coded = new List<(LabelledStory, IReadOnlyList<EventRecord>)>(chosen.Count);
        int failed = 0;
        foreach (var story in chosen)
        {
            try
            {
                var text = story.Title.Length > 0 ? story.Title + "\n\n" + story.Text : story.Text;
                coded.Add((story, engine.Code(engine.Annotate(text), story.Id, null)));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failed++;
                error.WriteLine($"parley: {storiesPath}:{story.Line}: cannot code story {story.Id}: {e.Message}");
            }
        }
        var result = StoryEvaluator.Evaluate(coded);
        Print(output, storiesPath, split, result, showErrors);
        return file.Problems.Count + failed > 0 ? ExitCodes.SomeSkipped : ExitCodes.Success;
    }

    private static void Print(TextWriter output, string path, string split, StoryEvaluation result, int showErrors)
    {
        output.WriteLine($"stories    {path}: {result.Among.Total} in the {split} split");
        output.WriteLine(Row("labelled type among the story's events", result.Among));
        output.WriteLine(Row("most confident event has it", result.Top));
        output.WriteLine(Row("stories with no event", result.NoEvent));
        output.WriteLine();
        output.WriteLine($"  {"label",-12} {"stories",8} {"among",8} {"top",8}");
        foreach (var (label, among, top) in result.ByLabel)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {label,-12} {among.Total,8} {100 * among.Rate,7:F1}% {100 * top.Rate,7:F1}%"));
        }
        output.WriteLine();
        output.WriteLine("Most common confusions (label → type of the most confident event):");
        foreach (var (label, predicted, stories) in result.Confusions.Take(15))
        {
            output.WriteLine($"  {label,-12} → {predicted,-16} {stories,5}");
        }
        if (showErrors <= 0)
        {
            return;
        }
        output.WriteLine();
        output.WriteLine("Stories whose most confident event is not of the labelled type:");
        foreach (var o in result.Outcomes.Where(o => !o.Top).Take(showErrors))
        {
            output.WriteLine($"  {o.Story.Id} {o.Story.Label,-10} top {o.TopType ?? "-",-10} all [{string.Join(' ', o.Types)}]  {o.Story.Title}");
        }
    }

    private static string Row(string name, Agreement a) =>
        string.Create(CultureInfo.InvariantCulture, $"  {name,-40} {a.Right,5} / {a.Total,-5} {100 * a.Rate,6:F1} %");
}
