using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;

namespace SamePage.Meaning;

/// <summary>
/// Rewrites an ONNX model so that each matrix product with a constant weight matrix runs in 8-bit
/// integers: the weights are stored as signed bytes with one scale per output column, and the
/// activations are quantised on the fly for each run (ONNX Runtime's <c>DynamicQuantizeMatMul</c>,
/// its own operator for what its Python quantiser calls dynamic quantisation). Everything else in the
/// model (embeddings, layer norms, attention's products of activations, soft-max) stays in 32-bit
/// floats. Done in memory at each load (some 50 ms); nothing is written to disk.
/// <para>
/// The reader below knows only the few fields of the ONNX schema it changes (the field numbers of
/// <c>onnx.proto</c>): <c>ModelProto.graph</c> (7) and <c>opset_import</c> (8); <c>GraphProto.node</c>
/// (1) and <c>initializer</c> (5); <c>NodeProto.input</c> (1), <c>output</c> (2), <c>name</c> (3),
/// <c>op_type</c> (4), <c>domain</c> (7); <c>TensorProto.dims</c> (1), <c>data_type</c> (2),
/// <c>name</c> (8), <c>raw_data</c> (9). Every other field is copied through byte for byte.
/// </para>
/// </summary>
public static class OnnxQuantizer
{
    private const int FloatType = 1;
    private const int Int8Type = 3;
    private const string MicrosoftDomain = "com.microsoft";

    /// <summary>
    /// The model with its constant-weight MatMul nodes in 8 bits, and how many were changed;
    /// <paramref name="keepFloat"/> (rows, columns of the weight matrix) keeps some in 32-bit floats.
    /// </summary>
    public static (byte[] Model, int Quantised) Quantise(ReadOnlySpan<byte> model, Func<long, long, bool>? keepFloat = null)
    {
        var output = new Writer();
        var quantised = 0;
        var reader = new Reader(model);
        while (reader.Next(out var field, out var wire, out var value, out var raw))
        {
            if (field == 7 && wire == 2)
            {
                var graph = QuantiseGraph(value, keepFloat, out quantised);
                output.Bytes(7, graph);
            }
            else
            {
                output.Raw(raw);
            }
        }

        if (quantised > 0)
        {
            // OperatorSetIdProto: domain (1), version (2).
            var opset = new Writer();
            opset.String(1, MicrosoftDomain);
            opset.Varint(2, 1);
            output.Bytes(8, opset.ToArray());
        }

        return (output.ToArray(), quantised);
    }

    private static byte[] QuantiseGraph(ReadOnlySpan<byte> graph, Func<long, long, bool>? keepFloat, out int quantised)
    {
        // First pass: the float matrices among the initialisers, and how many nodes read each.
        var matrices = new Dictionary<string, Tensor>(StringComparer.Ordinal);
        var uses = new Dictionary<string, int>(StringComparer.Ordinal);
        var reader = new Reader(graph);
        while (reader.Next(out var field, out var wire, out var value, out _))
        {
            if (field == 5 && wire == 2 && Tensor.Read(value) is { DataType: FloatType, Dims.Count: 2, Raw: not null } tensor)
            {
                matrices[tensor.Name] = tensor;
            }
            else if (field == 1 && wire == 2)
            {
                foreach (var input in Node.Read(value).Inputs)
                {
                    uses[input] = uses.GetValueOrDefault(input) + 1;
                }
            }
        }

        // Second pass: MatMul nodes whose weight only they read become DynamicQuantizeMatMul.
        var replaced = new Dictionary<string, byte[][]>(StringComparer.Ordinal);
        var output = new Writer();
        quantised = 0;
        reader = new Reader(graph);
        while (reader.Next(out var field, out var wire, out var value, out var raw))
        {
            if (field == 1 && wire == 2)
            {
                var node = Node.Read(value);
                if (node is { OpType: "MatMul", Domain: "", Inputs.Count: 2 }
                    && matrices.TryGetValue(node.Inputs[1], out var weight)
                    && uses.GetValueOrDefault(weight.Name) == 1
                    && !(keepFloat?.Invoke(weight.Dims[0], weight.Dims[1]) ?? false))
                {
                    replaced[weight.Name] = QuantiseWeight(weight);
                    var rewritten = new Writer();
                    rewritten.String(1, node.Inputs[0]);
                    rewritten.String(1, weight.Name + "_quantised");
                    rewritten.String(1, weight.Name + "_scale");
                    rewritten.String(1, weight.Name + "_zero_point");
                    foreach (var name in node.Outputs)
                    {
                        rewritten.String(2, name);
                    }

                    rewritten.String(3, (node.Name ?? weight.Name) + "_quantised");
                    rewritten.String(4, "DynamicQuantizeMatMul");
                    rewritten.String(7, MicrosoftDomain);
                    output.Bytes(1, rewritten.ToArray());
                    quantised++;
                    continue;
                }
            }

            output.Raw(raw);
        }

        // The graph's fields may come in any order, so the old initialisers are dropped and the new ones added at the end.
        var final = new Writer();
        reader = new Reader(output.ToArray());
        while (reader.Next(out var field, out var wire, out var value, out var raw))
        {
            if (field == 5 && wire == 2 && replaced.ContainsKey(Tensor.Read(value).Name))
            {
                continue;
            }

            final.Raw(raw);
        }

        foreach (var tensors in replaced.Values)
        {
            foreach (var tensor in tensors)
            {
                final.Bytes(5, tensor);
            }
        }

        return final.ToArray();
    }

    /// <summary>Symmetric, per output column: q = round(w / s), s = max |w| of the column / 127, zero point 0.</summary>
    private static byte[][] QuantiseWeight(Tensor weight)
    {
        var rows = (int)weight.Dims[0];
        var columns = (int)weight.Dims[1];
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("The model's weights are read as little-endian floats.");
        }

        var values = MemoryMarshal.Cast<byte, float>(weight.Raw!).ToArray();

        var scales = new float[columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                scales[c] = Math.Max(scales[c], Math.Abs(values[(r * columns) + c]));
            }
        }

        for (var c = 0; c < columns; c++)
        {
            scales[c] = scales[c] > 0 ? scales[c] / 127f : 1f;
        }

        var bytes = new byte[rows * columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                var q = Math.Clamp(MathF.Round(values[(r * columns) + c] / scales[c]), -127f, 127f);
                bytes[(r * columns) + c] = unchecked((byte)(sbyte)q);
            }
        }

        return
        [
            Tensor.Write(weight.Name + "_quantised", Int8Type, [rows, columns], bytes),
            Tensor.Write(weight.Name + "_scale", FloatType, [columns], MemoryMarshal.AsBytes(scales.AsSpan()).ToArray()),
            Tensor.Write(weight.Name + "_zero_point", Int8Type, [columns], new byte[columns]),
        ];
    }

    private sealed record Node(List<string> Inputs, List<string> Outputs, string? Name, string OpType, string Domain)
    {
        public static Node Read(ReadOnlySpan<byte> bytes)
        {
            List<string> inputs = [];
            List<string> outputs = [];
            string? name = null;
            var opType = string.Empty;
            var domain = string.Empty;
            var reader = new Reader(bytes);
            while (reader.Next(out var field, out var wire, out var value, out _))
            {
                if (wire != 2)
                {
                    continue;
                }

                switch (field)
                {
                    case 1: inputs.Add(Encoding.UTF8.GetString(value)); break;
                    case 2: outputs.Add(Encoding.UTF8.GetString(value)); break;
                    case 3: name = Encoding.UTF8.GetString(value); break;
                    case 4: opType = Encoding.UTF8.GetString(value); break;
                    case 7: domain = Encoding.UTF8.GetString(value); break;
                }
            }

            return new Node(inputs, outputs, name, opType, domain);
        }
    }

    private sealed record Tensor(string Name, int DataType, List<long> Dims, byte[]? Raw)
    {
        public static Tensor Read(ReadOnlySpan<byte> bytes)
        {
            var name = string.Empty;
            var dataType = 0;
            List<long> dims = [];
            byte[]? raw = null;
            var reader = new Reader(bytes);
            while (reader.Next(out var field, out var wire, out var value, out _))
            {
                switch (field, wire)
                {
                    case (1, 0): dims.Add((long)reader.LastVarint); break;
                    case (1, 2):
                        var packed = new Reader(value);
                        while (!packed.AtEnd)
                        {
                            dims.Add((long)packed.ReadVarint());
                        }

                        break;
                    case (2, 0): dataType = (int)reader.LastVarint; break;
                    case (8, 2): name = Encoding.UTF8.GetString(value); break;
                    case (9, 2): raw = value.ToArray(); break;
                }
            }

            return new Tensor(name, dataType, dims, raw);
        }

        public static byte[] Write(string name, int dataType, long[] dims, byte[] raw)
        {
            var writer = new Writer();
            foreach (var dim in dims)
            {
                writer.Varint(1, (ulong)dim);
            }

            writer.Varint(2, (ulong)dataType);
            writer.String(8, name);
            writer.Bytes(9, raw);
            return writer.ToArray();
        }
    }

    /// <summary>Reads protocol-buffer fields one at a time; a field's value and its whole encoding are slices of the input.</summary>
    private ref struct Reader(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private int _position;

        public readonly bool AtEnd => _position >= _bytes.Length;

        public ulong LastVarint { get; private set; }

        public bool Next(out int field, out int wire, out ReadOnlySpan<byte> value, out ReadOnlySpan<byte> raw)
        {
            value = raw = default;
            field = wire = 0;
            if (AtEnd)
            {
                return false;
            }

            var start = _position;
            var key = ReadVarint();
            field = (int)(key >> 3);
            wire = (int)(key & 7);
            switch (wire)
            {
                case 0:
                    LastVarint = ReadVarint();
                    break;
                case 1:
                    value = Take(8);
                    break;
                case 2:
                    value = Take(checked((int)ReadVarint()));
                    break;
                case 5:
                    value = Take(4);
                    break;
                default:
                    throw new InvalidDataException("The model file uses a protocol-buffer wire type this reader does not know.");
            }

            raw = _bytes[start.._position];
            return true;
        }

        public ulong ReadVarint()
        {
            ulong result = 0;
            for (var shift = 0; shift < 64; shift += 7)
            {
                var b = _bytes[_position++];
                result |= (ulong)(b & 0x7f) << shift;
                if (b < 0x80)
                {
                    return result;
                }
            }

            throw new InvalidDataException("The model file has a malformed number.");
        }

        private ReadOnlySpan<byte> Take(int count)
        {
            var slice = _bytes.Slice(_position, count);
            _position += count;
            return slice;
        }
    }

    private sealed class Writer
    {
        private readonly ArrayBufferWriter<byte> _buffer = new();

        public void Raw(ReadOnlySpan<byte> bytes) => _buffer.Write(bytes);

        public void Varint(int field, ulong value)
        {
            WriteVarint(((ulong)field << 3) | 0);
            WriteVarint(value);
        }

        public void Bytes(int field, ReadOnlySpan<byte> bytes)
        {
            WriteVarint(((ulong)field << 3) | 2);
            WriteVarint((ulong)bytes.Length);
            _buffer.Write(bytes);
        }

        public void String(int field, string text) => Bytes(field, Encoding.UTF8.GetBytes(text));

        public byte[] ToArray() => _buffer.WrittenSpan.ToArray();

        private void WriteVarint(ulong value)
        {
            Span<byte> buffer = stackalloc byte[10];
            var length = 0;
            while (value >= 0x80)
            {
                buffer[length++] = (byte)(value | 0x80);
                value >>= 7;
            }

            buffer[length++] = (byte)value;
            _buffer.Write(buffer[..length]);
        }
    }
}
