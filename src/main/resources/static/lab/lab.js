// Metalflow lab view: polls /lab/api/overview and renders it. Plain DOM; data only ever goes into textContent.
(function () {
  'use strict';
  var REFRESH_MS = 5000;
  var LOGGED_OUT_REFRESH_MS = 15000;

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }

  function cell(row, content) {
    var td = el('td');
    if (content instanceof Node) td.appendChild(content); else td.textContent = content == null ? '' : String(content);
    row.appendChild(td);
    return td;
  }

  function badge(text, cls) {
    return el('span', text, 'badge' + (cls ? ' ' + cls : ''));
  }

  function badges(values, classify) {
    var span = el('span');
    (values || []).forEach(function (v) { span.appendChild(badge(v, classify ? classify(v) : '')); });
    return span;
  }

  function statusClass(status) {
    var s = String(status || '').toLowerCase();
    if (s === 'active' || s === 'idle' || s === 'started' || s === 'running' || s === 'ready' || s === 'deployed') return 'ok';
    if (s.indexOf('fail') >= 0 || s === 'error' || s === 'blocked' || s === 'broken' || s === 'down') return 'bad';
    if (s.indexOf('ing') > 0 || s === 'waiting' || s === 'maintenance' || s === 'executing' || s === 'pending' || s === 'allocated') return 'busy';
    return '';
  }

  // The API's error reads "SomeException: what happened"; the page says which part could not
  // be read, then what happened, without the Java class name.
  function plain(what, error) {
    if (!error) return '';
    return what + ': ' + String(error).replace(/^[A-Za-z]*(Exception|Error): /, '');
  }

  function showError(id, message) {
    var node = document.getElementById(id);
    node.hidden = !message;
    node.textContent = message || '';
  }

  function replace(id, children) {
    var node = document.getElementById(id);
    while (node.firstChild) node.removeChild(node.firstChild);
    children.forEach(function (c) { node.appendChild(c); });
  }

  function renderProcesses(p) {
    showError('processes-error', plain('Metalflow could not list the running processes', p.error));
    var rows = (p.running || []).map(function (pi) {
      var tr = el('tr');
      cell(tr, pi.key + (pi.rootId && pi.rootId !== pi.id ? ' (called)' : ''));
      cell(tr, pi.businessKey);
      cell(tr, badges(pi.activities.concat(pi.suspended ? ['suspended'] : [])));
      var inc = el('div');
      (pi.incidents || []).forEach(function (i) {
        inc.appendChild(el('div', i.type + ' at ' + i.activityId + ': ' + i.message, 'error'));
      });
      cell(tr, inc);
      var link = el('a', 'Cockpit');
      link.href = pi.cockpitUrl;
      cell(tr, link);
      return tr;
    });
    if (rows.length === 0 && !p.error) {
      var tr = el('tr');
      var td = cell(tr, 'No process instance is running.');
      td.colSpan = 5;
      td.className = 'muted';
      rows.push(tr);
    }
    replace('processes', rows);
  }

  function renderMachines(maas) {
    showError('maas-error', plain('MAAS could not be read', maas.error));
    replace('machines', (maas.machines || []).map(function (m) {
      var tr = el('tr');
      cell(tr, m.hostname);
      cell(tr, m.systemId);
      var status = el('span');
      status.appendChild(badge(m.status, statusClass(m.status)));
      if (m.statusMessage && m.statusMessage !== m.status) status.appendChild(el('span', ' ' + m.statusMessage, 'muted'));
      cell(tr, status);
      cell(tr, m.powerState);
      cell(tr, m.owner || '');
      cell(tr, badges(m.tags));
      cell(tr, (m.addresses || []).join(', '));
      return tr;
    }));
  }

  function table(headers, rows) {
    var t = el('table');
    var head = el('tr');
    headers.forEach(function (h) { head.appendChild(el('th', h)); });
    var thead = el('thead');
    thead.appendChild(head);
    t.appendChild(thead);
    var body = el('tbody');
    rows.forEach(function (r) {
      var tr = el('tr');
      r.forEach(function (c) { cell(tr, c); });
      body.appendChild(tr);
    });
    t.appendChild(body);
    return t;
  }

  function values(map) {
    return Object.keys(map || {}).sort().map(function (k) { return map[k]; });
  }

  function renderModel(view) {
    var card = el('div', null, 'card');
    card.appendChild(el('h3', view.controller ? view.controller + ':' + view.model : 'Juju'));
    card.appendChild(el('div', 'named by ' + view.namedBy.length + ' process instance(s)', 'muted'));
    if (view.error) {
      card.appendChild(el('p', plain(view.controller ? 'juju status could not be read for this model'
        : 'Metalflow could not find the models to show', view.error), 'error'));
      return card;
    }
    var s = view.status;
    card.appendChild(table(['Machine', 'Agent', 'Instance', 'Instance id', 'Addresses'],
      values(s.machines).map(function (m) {
        return [m.id, badge(m.agentStatus, statusClass(m.agentStatus)),
          (m.instanceStatus || '') + (m.instanceMessage ? ' — ' + m.instanceMessage : ''),
          m.instanceId, (m.ipAddresses || []).join(', ')];
      })));
    values(s.applications).forEach(function (a) {
      card.appendChild(el('h3', a.name + ' (' + a.charmName + ') — ' + a.status + (a.statusMessage ? ': ' + a.statusMessage : '')));
      card.appendChild(table(['Unit', 'Workload', 'Agent', 'Machine', 'Address', 'Ports'],
        values(a.units).map(function (u) {
          var workload = el('span');
          workload.appendChild(badge(u.workloadStatus, statusClass(u.workloadStatus)));
          if (u.workloadMessage) workload.appendChild(el('span', ' ' + u.workloadMessage, 'muted'));
          return [u.name, workload, badge(u.agentStatus, statusClass(u.agentStatus)), u.machine,
            u.publicAddress, (u.openPorts || []).join(', ')];
        })));
    });
    return card;
  }

  function renderJuju(models) {
    document.getElementById('juju-empty').hidden = models.length > 0;
    replace('juju', models.map(renderModel));
  }

  function render(overview) {
    document.getElementById('login').hidden = true;
    renderProcesses(overview.processes);
    renderMachines(overview.maas);
    renderJuju(overview.juju);
    document.getElementById('state').textContent =
      'Updated ' + new Date(overview.generatedAt).toLocaleTimeString() + ' (every ' + REFRESH_MS / 1000 + ' s)';
  }

  function schedule(ms) {
    window.setTimeout(refresh, ms);
  }

  function refresh() {
    if (document.hidden) {
      schedule(REFRESH_MS);
      return;
    }
    fetch('api/overview', { credentials: 'same-origin', headers: { 'X-Requested-With': 'XMLHttpRequest', 'Accept': 'application/json' } })
      .then(function (response) {
        if (response.status === 401 || response.status === 403) {
          document.getElementById('login').hidden = false;
          document.getElementById('state').textContent = response.status === 403 ? 'No access to Cockpit' : 'Not logged in';
          schedule(LOGGED_OUT_REFRESH_MS);
          return null;
        }
        if (!response.ok) throw new Error('it answered HTTP ' + response.status);
        return response.json().then(function (overview) {
          render(overview);
          schedule(REFRESH_MS);
        });
      })
      .catch(function (e) {
        document.getElementById('state').textContent = 'Metalflow did not answer (' + e.message +
          '); showing the last state, trying again in ' + REFRESH_MS / 1000 + ' s';
        schedule(REFRESH_MS);
      });
  }

  refresh();
})();
