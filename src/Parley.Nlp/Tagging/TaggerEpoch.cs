namespace Parley.Nlp.Tagging;

/// <summary>Development scores after one training epoch, as fractions of words.</summary>
public sealed record TaggerEpoch(int Epoch, double TrainAccuracy, double DevUpos, double DevXpos, int Features);
