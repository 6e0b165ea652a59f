using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Zwgk.Web.Platform.Input;

/// <summary>
/// JSON bodies of the API: every string is cleaned by <see cref="TextInput"/> as it is read (passwords only lose what
/// no writer can carry), every date is bounded by <see cref="InputDates"/>; writing is unchanged.
/// </summary>
public static class JsonInput
{
    public static void Configure(JsonSerializerOptions o)
    {
        // First, so that it wins over a JsonStringEnumConverter added elsewhere: enums by name only (EnumInput).
        o.Converters.Insert(0, new EnumInput.Json());
        o.Converters.Add(new Text(secret: false));
        o.Converters.Add(new Date());
        o.Converters.Add(new Instant());
        o.Converters.Add(new Offset());
        o.TypeInfoResolver = (o.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(KeepSecrets);
    }

    private static void KeepSecrets(JsonTypeInfo type)
    {
        foreach (var p in type.Properties)
        {
            if (p.PropertyType == typeof(string) && p.Name.Contains("password", StringComparison.OrdinalIgnoreCase))
            {
                p.CustomConverter = new Text(secret: true);
            }
        }
    }

    private sealed class Text(bool secret) : JsonConverter<string>
    {
        public override bool HandleNull => false;

        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new JsonException("须为文本。");
            }

            var s = reader.GetString()!;
            return secret ? TextInput.Clean(s) : TextInput.Normalise(s);
        }

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }

    private sealed class Date : JsonConverter<DateOnly>
    {
        public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String
                || !DateOnly.TryParseExact(reader.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                throw new JsonException("日期须为 YYYY-MM-DD 格式。");
            }

            return InputDates.InRange(d) ? d : throw new JsonException(InputDates.Message);
        }

        public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private sealed class Instant : JsonConverter<DateTime>
    {
        public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String || !reader.TryGetDateTime(out var d))
            {
                throw new JsonException("时间须为 ISO 8601 格式，例如 2026-01-01T09:00:00+08:00。");
            }

            return InputDates.InRange(d) ? d : throw new JsonException(InputDates.Message);
        }

        public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }

    private sealed class Offset : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String || !reader.TryGetDateTimeOffset(out var d))
            {
                throw new JsonException("时间须为 ISO 8601 格式，例如 2026-01-01T09:00:00+08:00。");
            }

            return InputDates.InRange(d) ? d : throw new JsonException(InputDates.Message);
        }

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }
}
