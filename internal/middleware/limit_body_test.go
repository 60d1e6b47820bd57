package middleware

import (
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestLimitBody(t *testing.T) {
	tests := []struct {
		name    string
		body    string
		wantErr bool
	}{
		{name: "empty body", body: "", wantErr: false},
		{name: "under the limit", body: "abc", wantErr: false},
		{name: "exactly the limit", body: "0123456789", wantErr: false},
		{name: "one byte over", body: "0123456789x", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var read string
			var readErr error
			h := LimitBody(10)(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				b, err := io.ReadAll(r.Body)
				read, readErr = string(b), err
			}))
			h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(http.MethodPost, "/", strings.NewReader(tt.body)))

			var tooLarge *http.MaxBytesError
			if tt.wantErr {
				if !errors.As(readErr, &tooLarge) || tooLarge.Limit != 10 {
					t.Errorf("read error = %v, want *http.MaxBytesError with limit 10", readErr)
				}
				return
			}
			if readErr != nil || read != tt.body {
				t.Errorf("read %q, %v; want %q, nil", read, readErr, tt.body)
			}
		})
	}
}

func TestLimitBodyRejectsNonPositive(t *testing.T) {
	for _, n := range []int64{0, -1} {
		mustPanicWith(t, func() { LimitBody(n) })
	}
}
