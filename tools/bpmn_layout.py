"""Small helpers to write the diagram (DI) of a BPMN file by hand: shapes by their centre, flows by their
waypoints, labels placed beside them. Used by the *-layout.py scripts next to it."""
import math
import re

names = {}


def load(path):
    """Reads the model and remembers the names of its elements (labels are sized from them)."""
    src = open(path, encoding='utf-8').read()
    names.clear()
    names.update(re.findall(r'<bpmn:\w+ id="([^"]+)"[^>]*?name="([^"]*)"', src))
    return src


def lab(text, cx, top, maxw=96):
    n = len(text); w = min(12 * n + 4, maxw); lines = math.ceil((12 * n + 4) / maxw)
    return (cx - w / 2, top, w, 14 * lines)

class Plane:
    def __init__(s): s.shapes = []; s.edges = []
    def task(s, i, cx, cy): s.shapes.append((i, cx - 50, cy - 40, 100, 80, None, ''))
    def sub(s, i, cx, cy, expanded=False, box=None):
        if box: s.shapes.append((i, box[0], box[1], box[2], box[3], None, ' isExpanded="true"'))
        else: s.shapes.append((i, cx - 50, cy - 40, 100, 80, None, ' isExpanded="false"'))
    def gw(s, i, cx, cy, where='above'):
        n = names.get(i, '')
        l = None
        if n:
            h = 14 * math.ceil((12 * len(n) + 4) / 96)
            if where == 'above': l = lab(n, cx, cy - 25 - 6 - h)
            elif where == 'below': l = lab(n, cx, cy + 25 + 6)
            elif where == 'right': w = min(12 * len(n) + 4, 96); l = (cx + 28, cy + 14, w, h)
            elif where == 'left': w = min(12 * len(n) + 4, 96); l = (cx - 28 - w, cy + 14, w, h)
            elif where == 'aboveleft': w = min(12 * len(n) + 4, 96); l = (cx - 25 - w, cy - 25 - h, w, h)
        s.shapes.append((i, cx - 25, cy - 25, 50, 50, l, ' isMarkerVisible="true"'))
    def ev(s, i, cx, cy, where='below'):
        n = names.get(i, '')
        l = None
        if n:
            if where == 'below': l = lab(n, cx, cy + 22)
            elif where == 'left': w = min(12 * len(n) + 4, 96); l = (cx - 22 - w, cy - 20, w, 14)
            elif where == 'right': w = min(12 * len(n) + 4, 96); l = (cx + 22, cy - 20, w, 14)
            elif where == 'rightlow': w = min(12 * len(n) + 4, 96); l = (cx + 6, cy + 18, w, 14)
            elif where == 'leftup': w = min(12 * len(n) + 4, 96); l = (cx - 6 - w, cy - 34, w, 14)
            elif where == 'rightup': w = min(12 * len(n) + 4, 96); l = (cx + 6, cy - 34, w, 14)
            elif where == 'leftlow': w = min(12 * len(n) + 4, 96); l = (cx - 6 - w, cy + 18, w, 14)
        s.shapes.append((i, cx - 18, cy - 18, 36, 36, l, ''))
    def flow(s, i, pts, l=None):
        n = names.get(i, '')
        if n and l is not None: l = (l[0], l[1], min(12 * len(n) + 4, 96), 14 * math.ceil((12 * len(n) + 4) / 96))
        elif n: raise SystemExit('label position missing for flow ' + i)
        s.edges.append((i, pts, l))
    def xml(s, diagram, plane, element):
        o = [f'  <bpmndi:BPMNDiagram id="{diagram}">', f'    <bpmndi:BPMNPlane id="{plane}" bpmnElement="{element}">']
        for i, x, y, w, h, l, extra in s.shapes:
            o.append(f'      <bpmndi:BPMNShape id="{i}_di" bpmnElement="{i}"{extra}>')
            o.append(f'        <dc:Bounds x="{x:g}" y="{y:g}" width="{w:g}" height="{h:g}" />')
            if l: o.append(f'        <bpmndi:BPMNLabel><dc:Bounds x="{l[0]:g}" y="{l[1]:g}" width="{l[2]:g}" height="{l[3]:g}" /></bpmndi:BPMNLabel>')
            o.append('      </bpmndi:BPMNShape>')
        for i, pts, l in s.edges:
            o.append(f'      <bpmndi:BPMNEdge id="{i}_di" bpmnElement="{i}">')
            o.append('        ' + ''.join(f'<di:waypoint x="{x:g}" y="{y:g}" />' for x, y in pts))
            if l: o.append(f'        <bpmndi:BPMNLabel><dc:Bounds x="{l[0]:g}" y="{l[1]:g}" width="{l[2]:g}" height="{l[3]:g}" /></bpmndi:BPMNLabel>')
            o.append('      </bpmndi:BPMNEdge>')
        o += ['    </bpmndi:BPMNPlane>', '  </bpmndi:BPMNDiagram>']
        return '\n'.join(o)



def write(path, src, planes):
    """Replaces the diagrams of the file with the given (diagram id, plane id, element id, Plane) planes, after
    checking that every flow node and flow of the model is drawn."""
    di = '\n'.join(p.xml(d, pl, e) for d, pl, e, p in planes)
    ids = set(re.findall(r'<bpmn:(?:sequenceFlow|userTask|serviceTask|startEvent|endEvent|exclusiveGateway|parallelGateway|'
                         r'subProcess|boundaryEvent|intermediateCatchEvent|callActivity) id="([^"]+)"', src))
    drawn = set(re.findall(r'bpmnElement="([^"]+)"', di))
    missing = ids - drawn
    if missing:
        raise SystemExit('not drawn: ' + ', '.join(sorted(missing)))
    start = src.index('  <bpmndi:BPMNDiagram')
    end = src.index('</bpmn:definitions>')
    open(path, 'w', encoding='utf-8').write(src[:start] + di + '\n' + src[end:])
    print('drawn', len(drawn), 'elements of', path)
