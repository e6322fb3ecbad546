#!/usr/bin/env python3
# Regenerates the diagram (DI) of processes/dispute-case.bpmn: python3 tools/dispute-case-layout.py processes/dispute-case.bpmn
# The process part of the file is left as it is; every flow node and flow must be placed here (the script refuses otherwise).
# Generates the DI of dispute-case.bpmn: a main plane with the two phases collapsed (drill-down planes in Cockpit)
import re, math, sys
P = sys.argv[1]
src = open(P, encoding='utf-8').read()
names = dict(re.findall(r'<bpmn:\w+ id="([^"]+)"[^>]*?name="([^"]*)"', src))

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

# ---------------------------------------------------------------- main plane: the case from registration to closure
m = Plane(); Y = 200
m.ev('caseRegistered', 100, Y)
m.gw('partyRefusedGateway', 190, Y)
m.task('recordRefusal', 190, 360); m.ev('partyRefusedEnd', 320, 360)
m.gw('mediationJoin', 320, Y, 'below')
m.sub('mediation', 450, Y)
m.task('recordOutcome', 610, Y)
m.gw('outcomeGateway', 750, Y)
m.sub('performance', 890, Y)
m.gw('reboundCheck', 1040, Y, 'below')
m.task('reopenMediation', 770, 60)
m.gw('referredGateway', 750, 360, 'left')
m.task('notifyReferrer', 890, 360)
m.gw('referralJoin', 1040, 360)
m.gw('closeJoin', 1160, Y)
m.task('closeCase', 1270, Y)
m.ev('caseClosed', 1400, Y)
m.flow('toPartyRefused', [(118, Y), (165, Y)])
m.flow('refused', [(190, Y + 25), (190, 320)], (196, 260))
m.flow('toRefusedEnd', [(240, 360), (302, 360)])
m.flow('consented', [(215, Y), (295, Y)], (229, Y - 20))
m.flow('toMediation', [(345, Y), (400, Y)])
m.flow('toRecordOutcome', [(500, Y), (560, Y)])
m.flow('toOutcomeGateway', [(660, Y), (725, Y)])
m.flow('agreement', [(775, Y), (840, Y)], (784, Y - 20))
m.flow('toReboundCheck', [(940, Y), (1015, Y)])
m.flow('rebound', [(1040, Y - 25), (1040, 60), (820, 60)], (1046, 120))
m.flow('reopened', [(720, 60), (320, 60), (320, Y - 25)])
m.flow('noAgreement', [(750, Y + 25), (750, 335)], (756, 262))
m.flow('referred', [(775, 360), (840, 360)], (784, 340))
m.flow('toReferralJoin', [(940, 360), (1015, 360)])
m.flow('notReferred', [(750, 385), (750, 450), (1040, 450), (1040, 385)])
m.flow('toCloseJoinFromNoAgreement', [(1065, 360), (1160, 360), (1160, Y + 25)])
m.flow('performed', [(1065, Y), (1135, Y)])
m.flow('toCloseCase', [(1185, Y), (1220, Y)])
m.flow('toCaseClosed', [(1320, Y), (1382, Y)])

# ---------------------------------------------------------------- 调解: sessions, extension, hand-over, deadline supervision
d = Plane(); Y = 420
d.ev('mediationStart', 100, Y)
d.gw('mediateJoin', 200, Y)
d.task('mediate', 340, Y)
d.gw('actionGateway', 500, Y, 'right')
d.ev('mediationConcluded', 900, Y)
d.task('extendDeadline', 350, 580)
d.task('handOver', 350, 700)
d.ev('overdueTimer', 332, Y - 40, 'leftup'); d.ev('deadlineReminderTimer', 372, Y - 40, 'rightup')
d.task('remindDeadline', 480, 300); d.ev('reminderSent', 600, 300)
d.task('checkOverdue', 480, 180); d.gw('overdueGateway', 610, 180)
d.ev('alreadySupervisedEnd', 680, 250, 'right')
d.task('superviseByJusticeOffice', 750, 180); d.ev('justiceOfficeSupervised', 880, 180)
d.ev('cityCenterTimer', 770, 140, 'leftlow'.replace('leftlow', 'left'))
d.task('superviseByCityCenter', 900, 60); d.ev('cityCenterSupervised', 1030, 60)
d.flow('toMediateJoin', [(118, Y), (175, Y)])
d.flow('toMediate', [(225, Y), (290, Y)])
d.flow('toActionGateway', [(390, Y), (475, Y)])
d.flow('actionConclude', [(525, Y), (882, Y)], (660, Y - 20))
d.flow('actionContinue', [(500, Y + 25), (500, 500), (200, 500), (200, Y + 25)], (316, 482))
d.flow('actionExtend', [(500, Y + 25), (500, 580), (400, 580)], (420, 562))
d.flow('extended', [(300, 580), (200, 580), (200, Y + 25)])
d.flow('actionHandOver', [(500, Y + 25), (500, 700), (400, 700)], (430, 682))
d.flow('handedOver', [(300, 700), (200, 700), (200, Y + 25)])
d.flow('toCheckOverdue', [(332, Y - 58), (332, 180), (430, 180)])
d.flow('toRemindDeadline', [(372, Y - 58), (372, 300), (430, 300)])
d.flow('toReminderSent', [(530, 300), (582, 300)])
d.flow('toOverdueGateway', [(530, 180), (585, 180)])
d.flow('newlyOverdue', [(635, 180), (700, 180)], (644, 160))
d.flow('alreadySupervised', [(610, 205), (610, 250), (662, 250)])
d.flow('toJusticeOfficeSupervised', [(800, 180), (862, 180)])
d.flow('toSuperviseByCityCenter', [(770, 122), (770, 60), (850, 60)])
d.flow('toCityCenterSupervised', [(950, 60), (1012, 60)])

# ---------------------------------------------------------------- 协议履行与回访: follow-up visits and judicial confirmation
p = Plane()
p.ev('performanceStart', 100, 260)
p.task('planFollowUps', 220, 260)
p.gw('performanceSplit', 350, 260)
p.sub('followUps', 0, 0, box=(430, 60, 420, 140))
p.ev('followUpStart', 480, 130); p.ev('followUpDue', 570, 130); p.task('followUp', 680, 130); p.ev('followUpDone', 800, 130)
p.gw('reboundGateway', 930, 130)
p.ev('reboundFound', 1040, 130); p.ev('followUpsEnded', 1040, 230)
p.gw('writtenGateway', 450, 400)
p.task('recordJudicialConfirmation', 610, 400)
p.ev('judicialConfirmationRecorded', 780, 400)
p.ev('notWrittenEnd', 450, 520)
p.ev('judicialWindowTimer', 590, 440, 'leftlow'); p.ev('judicialReminderTimer', 640, 440, 'rightlow')
p.task('remindJudicialConfirmation', 740, 530); p.ev('judicialReminderSent', 870, 530)
p.task('judicialConfirmationLapsed', 740, 650); p.ev('judicialWindowClosed', 870, 650)
p.flow('toPlanFollowUps', [(118, 260), (170, 260)])
p.flow('toPerformanceSplit', [(270, 260), (325, 260)])
p.flow('toFollowUps', [(350, 235), (350, 130), (430, 130)])
p.flow('toFollowUpDue', [(498, 130), (552, 130)])
p.flow('toFollowUp', [(588, 130), (630, 130)])
p.flow('toFollowUpDone', [(730, 130), (782, 130)])
p.flow('toReboundGateway', [(850, 130), (905, 130)])
p.flow('reboundFoundFlow', [(955, 130), (1022, 130)], (972, 110))
p.flow('followUpsCompleted', [(930, 155), (930, 230), (1022, 230)])
p.flow('toWrittenGateway', [(350, 285), (350, 400), (425, 400)])
p.flow('written', [(475, 400), (560, 400)], (488, 380))
p.flow('notWritten', [(450, 425), (450, 502)])
p.flow('toJudicialConfirmationRecorded', [(660, 400), (762, 400)])
p.flow('toRemindJudicialConfirmation', [(640, 458), (640, 530), (690, 530)])
p.flow('toJudicialReminderSent', [(790, 530), (852, 530)])
p.flow('toJudicialConfirmationLapsed', [(590, 458), (590, 650), (690, 650)])
p.flow('toJudicialWindowClosed', [(790, 650), (852, 650)])

di = '\n'.join([m.xml('dispute-case-diagram', 'dispute-case-plane', 'dispute-case'),
                d.xml('mediation-diagram', 'mediation-plane', 'mediation'),
                p.xml('performance-diagram', 'performance-plane', 'performance')])
# every flow and flow node of the model has its shape
ids = set(re.findall(r'<bpmn:(?:sequenceFlow|userTask|serviceTask|startEvent|endEvent|exclusiveGateway|parallelGateway|subProcess|boundaryEvent|intermediateCatchEvent) id="([^"]+)"', src))
drawn = set(re.findall(r'bpmnElement="([^"]+)"', di))
missing = ids - drawn
if missing: raise SystemExit('not drawn: ' + ', '.join(sorted(missing)))
start = src.index('  <bpmndi:BPMNDiagram'); end = src.index('</bpmn:definitions>')
open(P, 'w', encoding='utf-8').write(src[:start] + di + '\n' + src[end:])
print('ok', len(drawn))
