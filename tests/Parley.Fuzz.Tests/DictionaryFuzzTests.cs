using CsCheck;
using Parley.Knowledge;
using Parley.Knowledge.Petrarch;
using Parley.Knowledge.Places;
using Parley.Knowledge.Tests;

namespace Parley.Fuzz.Tests;

/// <summary>
/// The dictionary readers take any file: the team's YAML dictionaries load or fail with <see cref="DictionaryException"/>
/// naming a file and line; PETRARCH's files read strictly do the same, read leniently never fail; GeoNames lines are
/// places or problems.
/// </summary>
public class DictionaryFuzzTests
{
    // Found by fuzzing and fixed: YamlDotNet threw ArgumentException or InvalidOperationException (not YamlException)
    // on these, and YamlFile.Parse let them through instead of reporting file:line.
    [Theory]
    [InlineData("!!binary[codes:\n  - {code: \"03\", name: Ex X, goldstein: 4.0}\n")]
    [InlineData("...\u0085codes:\n  - {code: \"03\", name: Ex X, goldstein: 4.0}\n")]
    [InlineData("codes:\n  - :\u0085{code: \"03\", name: Ex X, goldstein: 4.0}\n")]
    [InlineData("codes:\n  - {\u0085{code: \"03\", name: Ex X, goldstein: 4.0}\n")]
    public void Malformed_yaml_that_trips_the_yaml_library_is_reported_as_file_and_line(string cameo)
    {
        using var folder = new TemporaryDictionaries("cameo.yaml", cameo);

        var e = Assert.Throws<DictionaryException>(() => KnowledgeBase.Load(folder.Folder));

        Assert.Equal(folder.PathOf("cameo.yaml"), e.File);
    }

    // Found by fuzzing and fixed: PetrarchVerbReader.ReadVerb indexed an empty word list (ArgumentOutOfRangeException).
    [Fact]
    public void A_petrarch_verb_line_of_only_an_underscore_is_refused_not_thrown()
    {
        var path = Path.Combine(Path.GetTempPath(), "parley-fuzz-" + Guid.NewGuid().ToString("N") + ".txt");
        try
        {
            File.WriteAllText(path, "--- GRANT [070] ---\n_\nGRANT\n");

            var read = PetrarchVerbReader.Read(path, lenient: true);

            Assert.Equal(2, Assert.Single(read.Refused).Line);
            Assert.Equal("GRANT", Assert.Single(Assert.Single(read.Blocks).Verbs).Words[0]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    // Found by fuzzing and fixed: 'NaN' is neither below -90 nor above 90, so GeoNamesReader made a place at NaN, NaN.
    [Fact]
    public void A_geonames_line_at_nan_nan_is_a_problem_not_a_place()
    {
        using var folder = new TemporaryDictionaries();
        var countries = KnowledgeBase.Load(folder.Folder).Countries;
        var line = string.Join('\t', "1", "Nowhere", "Nowhere", "", "NaN", "NaN", "P", "PPL", "RU", "", "", "", "", "", "100", "", "", "", "");
        var problems = new List<DictionaryProblem>();

        Assert.Empty(GeoNamesReader.Read(new StringReader(line), "fuzz.txt", countries, problems.Add));
        Assert.Equal(1, Assert.Single(problems).Line);
    }

    [Fact]
    public void A_dictionary_folder_with_one_broken_file_loads_or_names_the_file_and_line()
    {
        using var folder = new TemporaryDictionaries();
        Gen.Select(Gen.OneOf(TemporaryDictionaries.Minimal.Keys.ToArray()), FuzzInputs.Edit).Sample((file, edit) =>
        {
            var path = folder.PathOf(file);
            File.WriteAllBytes(path, FuzzInputs.Utf8(edit(TemporaryDictionaries.Minimal[file])));
            try
            {
                KnowledgeBase.Load(folder.Folder);
            }
            catch (DictionaryException e)
            {
                Assert.All(e.Problems, p => Assert.StartsWith(folder.Folder, p.File, StringComparison.Ordinal));
                Assert.All(e.Problems, p => Assert.InRange(p.Line, 0, int.MaxValue));
                Assert.StartsWith($"{e.File}:", e.Message, StringComparison.Ordinal);
            }
            finally
            {
                File.WriteAllText(path, TemporaryDictionaries.Minimal[file]);
            }
        }, iter: 400 * FuzzInputs.Scale, threads: 1);
    }

    [Fact]
    public void Petrarch_files_of_any_lines_are_read_leniently_and_strictly_fail_only_with_file_and_line()
    {
        var readers = new (string Name, Func<string, bool, IReadOnlyList<DictionaryProblem>> Read)[]
        {
            ("actors", (path, lenient) => PetrarchActorReader.Read(path, lenient).Refused),
            ("agents", (path, lenient) => PetrarchAgentReader.Read(path, lenient).Refused),
            ("verbs", (path, lenient) => PetrarchVerbReader.Read(path, lenient).Refused),
            ("discards", (path, lenient) => PetrarchDiscardReader.Read(path, lenient).Refused),
            ("issues", (path, lenient) => PetrarchIssueReader.Read(path, lenient).Refused),
        };
        var path = Path.Combine(Path.GetTempPath(), "parley-fuzz-" + Guid.NewGuid().ToString("N") + ".txt");
        try
        {
            Gen.Select(Gen.Int[0, readers.Length - 1], FuzzInputs.PetrarchLines).Sample((which, text) =>
            {
                File.WriteAllBytes(path, FuzzInputs.Utf8(text));
                var (_, read) = readers[which];
                int lines = LineCount(text);
                foreach (var refused in read(path, true))
                {
                    Assert.Equal(path, refused.File);
                    Assert.InRange(refused.Line, 1, lines);
                }
                try
                {
                    Assert.Empty(read(path, false));
                }
                catch (DictionaryException e)
                {
                    Assert.All(e.Problems, p => Assert.InRange(p.Line, 1, lines));
                    Assert.StartsWith($"{path}:", e.Message, StringComparison.Ordinal);
                }
            }, iter: 3_000 * FuzzInputs.Scale, threads: 1);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Geonames_lines_of_any_shape_are_places_or_problems_naming_the_line()
    {
        using var folder = new TemporaryDictionaries();
        var countries = KnowledgeBase.Load(folder.Folder).Countries;
        FuzzInputs.GeoNamesLines.Sample(text =>
        {
            int lines = LineCount(text);
            var problems = new List<DictionaryProblem>();
            foreach (var place in GeoNamesReader.Read(new StringReader(text), "fuzz.txt", countries, problems.Add))
            {
                Assert.NotEmpty(place.Name);
                Assert.InRange(place.Location.Latitude, -90.0, 90.0);
                Assert.InRange(place.Location.Longitude, -180.0, 180.0);
            }
            Assert.All(problems, p => Assert.InRange(p.Line, 1, lines));
        }, iter: 3_000 * FuzzInputs.Scale, threads: 1);
    }

    /// <summary>The lines a <see cref="TextReader"/> reads (it breaks at CR as well as LF).</summary>
    private static int LineCount(string text)
    {
        var reader = new StringReader(text);
        int count = 0;
        while (reader.ReadLine() is not null)
        {
            count++;
        }
        return count;
    }
}
