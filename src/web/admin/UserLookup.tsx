// Finds a user and opens their dashboard read-only in a new tab (a 15-minute view token).
import { useState, type FormEvent } from 'react';
import { adminApi } from './admin-api.js';
import { useLoad } from './use-load.js';

export function UserLookup({ token, onView }: { token: string; onView: (id: string) => void }) {
  const { data } = useLoad(() => adminApi.users(token), [token]);
  const [id, setId] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (id.trim()) onView(id.trim());
  };
  return (
    <section className="panel admin-section" aria-labelledby="lookup-title">
      <h2 id="lookup-title">User lookup</h2>
      <form className="admin-lookup" onSubmit={submit}>
        <label htmlFor="lookup-id">User id</label>
        <input
          id="lookup-id"
          list="lookup-users"
          value={id}
          onChange={(e) => setId(e.target.value)}
        />
        <datalist id="lookup-users">
          {data?.users.map((u) => (
            <option key={u.id} value={u.id}>{`${u.plan}, ${u.events} events`}</option>
          ))}
        </datalist>
        <button type="submit">Open dashboard read-only</button>
      </form>
    </section>
  );
}
