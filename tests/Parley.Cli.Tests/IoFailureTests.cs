using System.Diagnostics;
using System.Text;
using Parley.Testing;

namespace Parley.Cli.Tests;

/// <summary>
/// Issue 13, item 3: any I/O failure (disk full, output closed, permission, a database that goes away) ends the run with
/// one line on standard error and exit code 3, never a stack trace, and the output already written holds whole records.
/// </summary>
public class IoFailureTests
{
    private static readonly string Examples = RepositoryPaths.InRepo("examples");
    private static readonly string Stories = RepositoryPaths.InRepo("examples", "stories.jsonl");

    [FileFact("/dev/full", "a full disk")]
    public void A_full_disk_under_the_csv_output_ends_in_one_line_and_exit_code_3()
    {
        var run = CliRun.WithCoder(TestCoders.OneEventPerSentence, "code", Examples, "--format", "csv", "--out", "/dev/full");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        AssertOneLineFailure(run.Error, "parley: cannot write /dev/full");
    }

    [FileFact("/dev/full", "a full disk")]
    public void A_full_disk_under_annotate_ends_in_one_line_and_exit_code_3()
    {
        var run = CliRun.Of("annotate", Stories, "--out", "/dev/full");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        AssertOneLineFailure(run.Error, "parley: cannot write /dev/full");
    }

    // /proc/version cannot be opened for writing, not even by root (who may write anywhere else).
    [FileFact("/proc/version", "a file that may not be written")]
    public void An_output_file_that_may_not_be_written_ends_in_one_line_and_exit_code_3()
    {
        var run = CliRun.WithCoder(TestCoders.OneEventPerSentence, "code", Stories, "--format", "jsonl", "--out", "/proc/version");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        AssertOneLineFailure(run.Error, "parley: cannot write /proc/version");
    }

    [Fact]
    public void An_output_path_under_a_file_ends_in_one_line_and_exit_code_3()
    {
        using var temp = new TempFolder();
        var file = Path.Combine(temp.Path, "a-file");
        File.WriteAllText(file, "not a folder");
        var run = CliRun.WithCoder(TestCoders.OneEventPerSentence, "code", Stories, "--format", "jsonl", "--out", Path.Combine(file, "events.jsonl"));

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        AssertOneLineFailure(run.Error, "parley: ");
    }

    [Fact]
    public void An_output_that_closes_part_way_ends_in_one_line_and_exit_code_3_and_what_it_took_is_whole_records()
    {
        var output = new ClosingWriter(closeAfterLines: 2);
        var error = new StringWriter();
        int exit = ParleyCommand.Run(["code", Stories, "--format", "jsonl"], output, error, TestCoders.OneEventPerSentence);

        Assert.Equal(ExitCodes.Failure, exit);
        AssertOneLineFailure(error.ToString(), "parley: cannot go on: ");
        Assert.Equal(2, output.Lines.Count);
        Assert.All(output.Lines, line => Assert.StartsWith("{", line, StringComparison.Ordinal));
    }

    // The test above stands in a writer for the pipe; this one is the real thing, in a process of its own. .NET's console
    // stream takes a write to a pipe whose reader has gone for a success, so `parley code … | head` coded on to the end
    // and said exit code 0.
    [Theory]
    [InlineData("code", "jsonl")]
    [InlineData("annotate", "conllu")]
    public async Task A_real_pipe_whose_reader_goes_away_ends_the_run_in_one_line_and_exit_code_3(string command, string format)
    {
        using var temp = new TempFolder();
        var input = temp.File("stories.jsonl");
        // Far more output than a pipe holds, so that the writer meets the closed pipe long before the run ends.
        File.WriteAllLines(input, Enumerable.Range(1, 400).Select(i => System.Text.Json.JsonSerializer.Serialize(new
        {
            id = $"story-{i}",
            text = "Russia and China signed a trade agreement in Beijing on Monday, officials said. Peru thanked Chile for its help.",
        })));
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "parley.dll"), command, input, "--format", format })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();

        // What `| head -c 100` does: read a little, then go away.
        var first = new char[100];
        await process.StandardOutput.ReadBlockAsync(first);
        process.StandardOutput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(ExitCodes.Failure, process.ExitCode);
        AssertOneLineFailure(await error, "parley: cannot ");
    }

    [Fact]
    public async Task A_file_cut_short_by_a_failed_write_keeps_complete_records_only()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "events.jsonl");
        var output = RecordOutput.Open(new FileInfo(path));
        output.Writer.Write("{\"record\":1}\n");
        output.Commit();
        output.Writer.Write("{\"record\":2, \"cut\": ");
        output.Writer.Flush(); // half a record reaches the file, as when the disk fills in the middle of a write
        output.Abandon();
        await output.DisposeAsync();

        Assert.Equal("{\"record\":1}\n", File.ReadAllText(path));
    }

    [SmallDiskFact]
    public void A_database_whose_disk_fills_while_coding_ends_in_one_line_and_exit_code_3()
    {
        using var temp = new TempFolder();
        using var disk = SmallDisk.Mount(Path.Combine(temp.Path, "disk"), "160k");
        Assert.True(disk.Problem is null, disk.Problem);
        var db = Path.Combine(disk.Path, "events.db");
        var run = CliRun.WithCoder(TestCoders.OneEventPerSentence, "code", Examples, "--format", "jsonl", "--db", db);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        AssertOneLineFailure(run.Error, $"parley: The disk holding the event store {db} is full.");
    }

    /// <summary>Exactly one line, starting with <paramref name="start"/>, and no stack trace.</summary>
    private static void AssertOneLineFailure(string error, string start)
    {
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("parley: ", StringComparison.Ordinal)).ToList();
        Assert.True(lines.Count == 1, error);
        Assert.StartsWith(start, lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception:", error, StringComparison.Ordinal);
    }

    /// <summary>A pipe whose reader goes away after some lines: later writes fail as a closed pipe does.</summary>
    private sealed class ClosingWriter(int closeAfterLines) : TextWriter
    {
        private readonly StringBuilder _line = new();

        public List<string> Lines { get; } = [];

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value)
        {
            if (Lines.Count >= closeAfterLines)
            {
                throw new IOException("Broken pipe");
            }
            if (value == '\n')
            {
                Lines.Add(_line.ToString());
                _line.Clear();
            }
            else
            {
                _line.Append(value);
            }
        }
    }

    /// <summary>A tmpfs of a few kilobytes mounted for one test (and unmounted after), to stand for a disk that fills.</summary>
    internal sealed class SmallDisk : IDisposable
    {
        private bool _mounted;

        private SmallDisk(string path) => Path = path;

        public string Path { get; }

        /// <summary>Why the disk could not be made, or null.</summary>
        public string? Problem { get; private set; }

        /// <summary>Why no small disk can be mounted here (not Linux, not allowed to mount), or null when one can: tried once.</summary>
        public static Lazy<string?> Unavailable { get; } = new(() =>
        {
            var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"parley-disk-probe-{Environment.ProcessId}");
            try
            {
                using var disk = Mount(path, "16k");
                return disk.Problem;
            }
            finally
            {
                try
                {
                    Directory.Delete(path);
                }
                catch (IOException)
                {
                }
            }
        });

        public static SmallDisk Mount(string path, string size)
        {
            Directory.CreateDirectory(path);
            var disk = new SmallDisk(path);
            if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
            {
                disk.Problem = "mounting a small disk needs Linux and root";
                return disk;
            }
            var (exit, output) = Run("mount", "-t", "tmpfs", "-o", $"size={size}", "tmpfs", path);
            disk._mounted = exit == 0;
            disk.Problem = exit == 0 ? null : $"mount failed: {output.Trim()}";
            return disk;
        }

        public void Dispose()
        {
            if (_mounted)
            {
                Run("umount", Path);
            }
        }

        private static (int Exit, string Output) Run(string program, params string[] args)
        {
            var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }
            try
            {
                using var process = Process.Start(start)!;
                string output = process.StandardError.ReadToEnd() + process.StandardOutput.ReadToEnd();
                process.WaitForExit();
                return (process.ExitCode, output);
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                return (-1, e.Message);
            }
        }
    }
}
