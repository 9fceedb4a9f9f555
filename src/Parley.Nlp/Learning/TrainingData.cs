namespace Parley.Nlp.Learning;

/// <summary>A file a model was trained or tuned on: its name, sha256 and licence.</summary>
public sealed record TrainingData(string File, string Sha256, string Licence);
