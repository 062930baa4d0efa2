using System.Text.Json;

namespace SamePage.Data.Sealing;

/// <summary>
/// What is inside one kind of sealed column: the field it is sealed as (which fixes the key's scope
/// and binds the value to its row) and how the value is written to and read from the sealed text.
/// Each sealed document has exactly one codec, defined in <c>SamePage.Data.Sealing.Documents</c>,
/// so a desk never decides a column's format itself.
/// </summary>
public sealed class SealedCodec<T>
{
    private readonly Func<T, string> _write;
    private readonly Func<string, T> _read;

    public SealedCodec(SealedField field, Func<T, string> write, Func<string, T> read)
    {
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(read);
        Field = field;
        _write = write;
        _read = read;
    }

    public SealedField Field { get; }

    public string Write(T value) => _write(value);

    public T Read(string text) => _read(text);
}

/// <summary>Sealed documents stored as JSON.</summary>
public static class SealedJson
{
    /// <summary>A codec for a value stored as JSON with the given options (each document keeps the options it was first written with).</summary>
    public static SealedCodec<T> Codec<T>(SealedField field, JsonSerializerOptions options) =>
        new(field, value => JsonSerializer.Serialize(value, options), text => JsonSerializer.Deserialize<T>(text, options)
            ?? throw new JsonException($"A sealed {field} document is empty."));
}

public static class SealerCodecs
{
    /// <summary>Seals a document of the codec's kind for its row.</summary>
    public static byte[] Seal<T>(this ISealer sealer, SealedCodec<T> codec, SealingKey key, Guid owner, T value)
    {
        ArgumentNullException.ThrowIfNull(sealer);
        ArgumentNullException.ThrowIfNull(codec);
        return sealer.Seal(key, codec.Field, owner, codec.Write(value));
    }

    /// <summary>Opens a document of the codec's kind from its row.</summary>
    public static T Open<T>(this ISealer sealer, SealedCodec<T> codec, SealingKey key, Guid owner, byte[] sealedValue)
    {
        ArgumentNullException.ThrowIfNull(sealer);
        ArgumentNullException.ThrowIfNull(codec);
        return codec.Read(sealer.Unseal(key, codec.Field, owner, sealedValue));
    }
}
