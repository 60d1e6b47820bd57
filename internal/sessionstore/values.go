package sessionstore

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"time"
)

// Session values are stored as gob of storedSession. Every value is wrapped
// in a storedValue whose fields have concrete types, so gob needs no
// gob.Register (global state) and a value reads back with the Go type it was
// saved with.

// valueKind says which field of a storedValue holds the value. Zero is no
// kind, so that a corrupt or foreign value is detected.
type valueKind uint8

const (
	kindString valueKind = iota + 1
	kindInt
	kindInt64
	kindBool
	kindStrings
	kindTime
	kindList
)

// storedValue is one session value in stored form.
type storedValue struct {
	Kind    valueKind
	String  string
	Int     int64
	Bool    bool
	Strings []string
	Time    time.Time
	List    []storedValue
}

// storedSession is what the data column holds. It is a struct, not a bare
// map, so that fields can be added later without breaking stored sessions.
type storedSession struct {
	Values map[string]storedValue
}

// encodeSession encodes values for the data column and returns the user id
// for the user_id column (nil when the session has none). Keys must be
// strings; values must be string, int, int64, bool, []string, time.Time, or
// []any of these (what AddFlash stores). Any other key or value type is an
// error, reported when saving rather than as a surprise when loading.
// A time.Time keeps its instant and offset but not its location name.
func encodeSession(values map[any]any) (data []byte, userID *int64, err error) {
	stored := storedSession{Values: make(map[string]storedValue, len(values))}
	for k, v := range values {
		key, ok := k.(string)
		if !ok {
			return nil, nil, fmt.Errorf("session key %v has type %T, want string", k, k)
		}
		sv, err := toStored(v)
		if err != nil {
			return nil, nil, fmt.Errorf("session value %q: %w", key, err)
		}
		stored.Values[key] = sv
	}
	if v, ok := values[userIDKey]; ok {
		id, ok := v.(int64)
		if !ok {
			return nil, nil, fmt.Errorf("session value %q has type %T, want int64 (use SetUser)", userIDKey, v)
		}
		userID = &id
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(stored); err != nil {
		return nil, nil, fmt.Errorf("encode values: %w", err)
	}
	return buf.Bytes(), userID, nil
}

func toStored(v any) (storedValue, error) {
	switch v := v.(type) {
	case string:
		return storedValue{Kind: kindString, String: v}, nil
	case int:
		return storedValue{Kind: kindInt, Int: int64(v)}, nil
	case int64:
		return storedValue{Kind: kindInt64, Int: v}, nil
	case bool:
		return storedValue{Kind: kindBool, Bool: v}, nil
	case []string:
		return storedValue{Kind: kindStrings, Strings: v}, nil
	case time.Time:
		return storedValue{Kind: kindTime, Time: v}, nil
	case []any:
		list := make([]storedValue, len(v))
		for i, e := range v {
			sv, err := toStored(e)
			if err != nil {
				return storedValue{}, fmt.Errorf("element %d: %w", i, err)
			}
			list[i] = sv
		}
		return storedValue{Kind: kindList, List: list}, nil
	default:
		return storedValue{}, fmt.Errorf("unsupported type %T", v)
	}
}

// decodeValues turns the data column back into session values.
func decodeValues(data []byte) (map[any]any, error) {
	var stored storedSession
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&stored); err != nil {
		return nil, fmt.Errorf("decode values: %w", err)
	}
	values := make(map[any]any, len(stored.Values))
	for k, sv := range stored.Values {
		v, err := fromStored(sv)
		if err != nil {
			return nil, fmt.Errorf("decode value %q: %w", k, err)
		}
		values[k] = v
	}
	return values, nil
}

func fromStored(sv storedValue) (any, error) {
	switch sv.Kind {
	case kindString:
		return sv.String, nil
	case kindInt:
		return int(sv.Int), nil
	case kindInt64:
		return sv.Int, nil
	case kindBool:
		return sv.Bool, nil
	case kindStrings:
		// gob leaves an empty slice nil; hand back a non-nil one as saved.
		return append([]string{}, sv.Strings...), nil
	case kindTime:
		return sv.Time, nil
	case kindList:
		list := make([]any, len(sv.List))
		for i, e := range sv.List {
			v, err := fromStored(e)
			if err != nil {
				return nil, err
			}
			list[i] = v
		}
		return list, nil
	default:
		return nil, fmt.Errorf("unknown kind %d", sv.Kind)
	}
}
