using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Parley.Nlp.Learning;

/// <summary>
/// <c>manifest.json</c> beside a model's weights: what it is, the data it was trained on (with sha256 and
/// licence), the command that made it, and its scores. It is what lets a reader trust a shipped model.
/// </summary>
public sealed record ModelManifest
{
    public const string FileName = "manifest.json";

    public required string Name { get; init; }
    public required string Kind { get; init; }
    public required int FormatVersion { get; init; }
    public required string Command { get; init; }
    public required IReadOnlyList<TrainingData> Data { get; init; }
    public int Seed { get; init; }
    public IReadOnlyDictionary<string, object?> Parameters { get; init; } = new Dictionary<string, object?>();
    /// <summary>Scores by data set name ("ewt-dev", "ewt-test", "pud-test"), then by metric ("upos", "las").</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Scores { get; init; } = new Dictionary<string, IReadOnlyDictionary<string, double>>();
    public long WeightsBytes { get; init; }
    public string? Created { get; init; }

    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public void Write(string modelDirectory)
    {
        Directory.CreateDirectory(modelDirectory);
        File.WriteAllText(Path.Combine(modelDirectory, FileName), JsonSerializer.Serialize(this, JsonOptions) + "\n");
    }

    public static ModelManifest Read(string modelDirectory)
    {
        var path = Path.Combine(modelDirectory, FileName);
        try
        {
            return JsonSerializer.Deserialize<ModelManifest>(File.ReadAllText(path), JsonOptions)
                ?? throw new ModelFormatException(path, "is empty.");
        }
        catch (JsonException e)
        {
            throw new ModelFormatException(path, $"is not a valid manifest: {e.Message}");
        }
        catch (IOException e)
        {
            throw new ModelFormatException(path, $"cannot be read: {e.Message}");
        }
    }

    /// <summary>Describes a training file by name, hash and licence (the path itself is not kept: it differs between machines).</summary>
    public static TrainingData Describe(string path, string licence)
    {
        using var stream = File.OpenRead(path);
        var hash = Convert.ToHexStringLower(SHA256.HashData(stream));
        return new TrainingData(Path.GetFileName(path), hash, licence);
    }
}
