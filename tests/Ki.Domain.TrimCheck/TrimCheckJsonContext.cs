using System.Text.Json.Serialization;

/// <summary>Source-generated JSON metadata for the trim check's own documents.</summary>
[JsonSerializable(typeof(Dictionary<string, int>))]
[JsonSerializable(typeof(HostPayment))]
internal sealed partial class TrimCheckJsonContext : JsonSerializerContext;
