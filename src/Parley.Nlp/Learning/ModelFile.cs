using System.Text;

namespace Parley.Nlp.Learning;

/// <summary>
/// The binary weights file of a model: the magic bytes <c>PRLY</c>, a format version, the model's kind
/// ("tagger", "parser", …), then the kind's own content. Readers check all three, so a wrong or stale
/// file fails at load with a message naming it, not with wrong tags later.
/// </summary>
public static class ModelFile
{
    /// <summary>"PRLY" read as a little-endian integer.</summary>
    public const int Magic = 0x594C5250;

    /// <summary>The name of the weights file inside a model folder.</summary>
    public const string WeightsName = "model.bin";

    /// <summary>Creates <paramref name="path"/> and writes the header; the caller writes the content and disposes the writer.</summary>
    public static BinaryWriter Create(string path, string kind, int version)
    {
        ArgumentNullException.ThrowIfNull(path);
        var dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (dir is not null)
        {
            Directory.CreateDirectory(dir);
        }
        var writer = new BinaryWriter(File.Create(path), Encoding.UTF8, leaveOpen: false);
        writer.Write(Magic);
        writer.Write(version);
        writer.Write(kind);
        return writer;
    }

    /// <summary>Opens <paramref name="path"/> and checks its header; throws <see cref="ModelFormatException"/> when it is not a <paramref name="kind"/> model of <paramref name="version"/>.</summary>
    public static BinaryReader Open(string path, string kind, int version) => Open(path, kind, version, version, out _);

    /// <summary>
    /// As <see cref="Open(string, string, int)"/> for a reader of several format versions: accepts a <paramref name="kind"/>
    /// model of any version from <paramref name="oldest"/> to <paramref name="newest"/> and says which one it is.
    /// </summary>
    public static BinaryReader Open(string path, string kind, int oldest, int newest, out int version)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new ModelFormatException(path, $"no such file; a {kind} model folder must hold {WeightsName} (train one with 'parley train').");
        }
        var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8, leaveOpen: false);
        try
        {
            if (reader.BaseStream.Length < 9 || reader.ReadInt32() != Magic)
            {
                throw new ModelFormatException(path, "not a Parley model file (bad magic number).");
            }
            int found = reader.ReadInt32();
            string foundKind = reader.ReadString();
            if (foundKind != kind)
            {
                throw new ModelFormatException(path, $"holds a '{foundKind}' model where a '{kind}' model was expected.");
            }
            if (found < oldest || found > newest)
            {
                string readable = oldest == newest ? $"version {newest}" : $"versions {oldest} to {newest}";
                throw new ModelFormatException(path, $"is {kind} format version {found}; this Parley reads {readable}. Retrain it with this version's 'parley train'.");
            }
            version = found;
            return reader;
        }
        catch (EndOfStreamException)
        {
            reader.Dispose();
            throw new ModelFormatException(path, "is truncated.");
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    /// <summary>Reads a section with <paramref name="read"/>, turning truncation and bad data into a <see cref="ModelFormatException"/> naming the file.</summary>
    public static T ReadContent<T>(string path, BinaryReader reader, Func<BinaryReader, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        try
        {
            return read(reader);
        }
        catch (EndOfStreamException)
        {
            throw new ModelFormatException(path, "is truncated.");
        }
        catch (InvalidDataException e)
        {
            throw new ModelFormatException(path, $"is damaged: {e.Message}");
        }
    }
}
