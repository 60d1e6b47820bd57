package events

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"github.com/podium-portal/podium/internal/database"
)

// Every partner-scoped method, called by partner B with partner A's event
// id, answers ErrNotFound and changes nothing.
func TestPartnerIsolation(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	ctx := context.Background()
	pub := f.publish(t, f.a, content("Van A", tomorrow(), ptr(5)))
	draft, err := f.s.CreateDraft(ctx, f.a, 0, content("Concept van A", tomorrow(), nil))
	if err != nil {
		t.Fatal(err)
	}
	f.registered(t, pub.ID, 2)
	for _, id := range []int64{pub.ID, draft.ID} {
		for _, tc := range []struct {
			name string
			call func() error
		}{
			{"PartnerEvent", func() error { _, err := f.s.PartnerEvent(ctx, f.b, id); return err }},
			{"Update", func() error {
				_, err := f.s.Update(ctx, f.b, id, 0, content("Gekaapt", tomorrow(), nil))
				return err
			}},
			{"UpdateDraft", func() error {
				_, err := f.s.UpdateDraft(ctx, f.b, id, 0, content("Gekaapt", tomorrow(), nil))
				return err
			}},
			{"CancelPartnerEvent", func() error { _, err := f.s.CancelPartnerEvent(ctx, f.b, id); return err }},
			{"Registrations", func() error { _, err := f.s.Registrations(ctx, f.b, id); return err }},
			{"AttendeesCSV", func() error {
				var buf bytes.Buffer
				err := f.s.AttendeesCSV(ctx, f.b, id, &buf)
				if buf.Len() > 0 {
					t.Errorf("AttendeesCSV wrote %d bytes for another organisation", buf.Len())
				}
				return err
			}},
		} {
			if err := tc.call(); !errors.Is(err, database.ErrNotFound) {
				t.Errorf("%s(partner B, event %d of A) = %v, want ErrNotFound", tc.name, id, err)
			}
		}
	}
	list, err := f.s.PartnerEvents(ctx, f.b)
	if err != nil || len(list) != 0 {
		t.Errorf("PartnerEvents(B) = %d events, %v", len(list), err)
	}
	// Nothing changed, and A still reaches its own records.
	for _, id := range []int64{pub.ID, draft.ID} {
		pe, err := f.s.PartnerEvent(ctx, f.a, id)
		if err != nil || pe.Pending != nil || pe.Status == StatusCancelled || pe.TitleNL == "Gekaapt" {
			t.Errorf("A's event %d after B's attempts: %+v, %v", id, pe.Event, err)
		}
	}
	if regs, err := f.s.Registrations(ctx, f.a, pub.ID); err != nil || len(regs) != 2 {
		t.Errorf("Registrations(A) = %d, %v", len(regs), err)
	}
	if list, _ := f.s.PartnerEvents(ctx, f.a); len(list) != 2 {
		t.Errorf("PartnerEvents(A) = %d events", len(list))
	}
	// Unknown ids look the same as another organisation's.
	if _, err := f.s.PartnerEvent(ctx, f.a, 999999); !errors.Is(err, database.ErrNotFound) {
		t.Errorf("unknown id: %v", err)
	}
}
